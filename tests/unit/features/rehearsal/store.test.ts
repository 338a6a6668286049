import { describe, expect, it } from 'vitest';
import { RehearsalStore, SET_ASIDE } from '../../../../src/features/rehearsal/store';
import { aRun, fakeStorage } from './fixtures';

const RUNS = 'vmdocker.rehearsal.runs';
const CURRENT = 'vmdocker.rehearsal.current';
const good = [0, 1, 2, 3, 4].map((i) => aRun(`good-${i}`, i * 60));

describe('RehearsalStore keeps what it can read and never overwrites what it cannot', () => {
  it('keeps the good runs when one is unreadable, sets that one aside and says so', () => {
    const bad = { ...aRun('bad', 500), version: 2 };
    const { storage, data } = fakeStorage({ [RUNS]: JSON.stringify([...good.slice(0, 3), bad, ...good.slice(3)]) });
    const store = new RehearsalStore(storage);
    expect(store.runs.map((r) => r.id)).toEqual(good.map((r) => r.id));
    expect(store.problems.join(' ')).toMatch(/One stored rehearsal could not be read \(run\[3\]\.version should be 1.*set aside/);
    expect(JSON.parse(data.get(SET_ASIDE) ?? '[]')).toEqual([
      { key: RUNS, reason: expect.stringMatching(/version/) as unknown, value: bad },
    ]);
    // The next save keeps all five good runs.
    expect(store.add([aRun('new', 900)])).toBe(true);
    expect((JSON.parse(data.get(RUNS) ?? '[]') as { id: string }[]).map((r) => r.id)).toEqual([...good.map((r) => r.id), 'new']);
    // A second load does not set the same run aside twice.
    expect(new RehearsalStore(storage).setAside).toHaveLength(1);
  });

  it('sets aside a history that is not JSON, text and all, before anything is written', () => {
    const { storage, data } = fakeStorage({ [RUNS]: '{not json' });
    const store = new RehearsalStore(storage);
    expect(store.setAside).toEqual([{ key: RUNS, reason: `"${RUNS}" does not hold valid JSON`, value: '{not json' }]);
    expect(store.add([aRun('new')])).toBe(true);
    expect(JSON.parse(data.get(SET_ASIDE) ?? '[]')).toHaveLength(1);
  });

  it('leaves unreadable data untouched when it cannot be set aside, and never writes over it', () => {
    const { storage, data, mode } = fakeStorage({ [RUNS]: JSON.stringify([{ version: 2 }, good[0]]) });
    mode.refuse = true;
    const store = new RehearsalStore(storage);
    expect(store.problems.join(' ')).toMatch(/stays where it is, untouched/);
    mode.refuse = false;
    expect(store.add([aRun('new')])).toBe(false);
    expect(JSON.parse(data.get(RUNS) ?? '[]')).toHaveLength(2);
  });

  it('sets aside a stored current run of 200,000 slides and starts without one', () => {
    const slides = Array.from({ length: 200_000 }, (_, i) => ({ slide: `${i}/0`, blockId: 'x', title: '', seconds: 1 }));
    const { storage, data } = fakeStorage({ [CURRENT]: JSON.stringify({ ...aRun('huge'), endedAt: null, slides }) });
    const store = new RehearsalStore(storage);
    expect(store.current).toBeNull();
    expect(store.problems.join(' ')).toMatch(/at most 5000 entries/);
    expect(data.has(CURRENT)).toBe(false);
    expect(data.has(SET_ASIDE)).toBe(true);
  });

  it('reports a refused or forgotten write instead of success, and knows the run is not kept', () => {
    const refused = fakeStorage();
    refused.mode.refuse = true;
    const store = new RehearsalStore(refused.storage);
    expect(store.add([aRun('a')])).toBe(false);
    expect(store.keeping).toBe(false);
    expect(store.runs).toHaveLength(1); // still there to export
    const forgetful = fakeStorage();
    forgetful.mode.forget = true;
    expect(new RehearsalStore(forgetful.storage).add([aRun('a')])).toBe(false);
  });
});
