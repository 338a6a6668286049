import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, setMark } from '../../../src/server/class-state';
import { dayKeys, stateStore } from '../../../src/server/store';

describe('the day file', () => {
  it('is written whole (no temporary file left) and read back; another day starts empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-store-'));
    const state = emptyState('2026-12-06');
    setMark(state, 'device-aaaa', 'fun/1', 'stuck');
    const store = stateStore(dir, '2026-12-06');
    store.save(state);
    store.flush();
    expect(readdirSync(dir)).toEqual(['class-2026-12-06.json']);
    expect(stateStore(dir, '2026-12-06').load().state).toEqual(state);
    expect(stateStore(dir, '2026-12-07').load().state.marks).toEqual({});
  });

  it('starts empty, saying why, from a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-store-'));
    writeFileSync(join(dir, 'class-2026-12-06.json'), '{"day":');
    const loaded = stateStore(dir, '2026-12-06').load();
    expect(loaded.state).toEqual(emptyState('2026-12-06'));
    expect(loaded.problem).toMatch(/could not be read/);
  });

  it("keeps the day's lecturer token and paired phones, readable by this user only", () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-store-'));
    let made = 0;
    const fresh = () => `${'x'.repeat(40)}${String(made++)}`;
    const keys = dayKeys(dir, '2026-12-06', fresh);
    keys.remotes.add('r'.repeat(40));
    keys.save();
    const again = dayKeys(dir, '2026-12-06', fresh);
    expect(again.lecturerToken).toBe(keys.lecturerToken);
    expect([...again.remotes]).toEqual(['r'.repeat(40)]);
    expect(dayKeys(dir, '2026-12-07', fresh).lecturerToken).not.toBe(keys.lecturerToken);
    expect(JSON.parse(readFileSync(join(dir, 'class-2026-12-06.keys.json'), 'utf8'))).toHaveProperty('lecturer');
  });
});
