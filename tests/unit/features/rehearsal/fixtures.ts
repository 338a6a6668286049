import { safeStorage } from '../../../../src/platform/storage';
import { finish, newRun, type Run } from '../../../../src/features/rehearsal/run';

export const T0 = Date.UTC(2026, 10, 27, 8);

/** A finished run of two slides, started at `T0 + offset` minutes. */
export function aRun(id: string, offset = 0, slides = 2): Run {
  const start = T0 + offset * 60_000;
  const plan = Array.from({ length: slides }, (_, i) => ({ slide: `${i}/0`, blockId: 'lecture', title: `S${i}`, seconds: 60 }));
  const run = newRun({ id, date: '2026-11-27', classStart: '09:00', classEnd: '15:00', blocks: [], slides: plan }, start, {
    blockId: 'lecture',
    slide: '0/0',
    step: -1,
  });
  return finish(run, start + 30_000);
}

/** Local storage in memory; `refuse` makes every write throw (quota, private mode), `forget` drops them silently. */
export function fakeStorage(init: Record<string, string> = {}) {
  const data = new Map(Object.entries(init));
  const mode = { refuse: false, forget: false };
  const raw = {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (mode.refuse) throw new DOMException('quota', 'QuotaExceededError');
      if (!mode.forget) data.set(k, v);
    },
    removeItem: (k: string) => {
      data.delete(k);
    },
    clear: () => {
      data.clear();
    },
  } satisfies Storage;
  return { storage: safeStorage(() => raw), data, mode };
}
