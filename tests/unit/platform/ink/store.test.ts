import { describe, expect, it } from 'vitest';
import { NO_INK } from '../../../../src/model/ink-state';
import { inkKey, inkStore } from '../../../../src/platform/ink/store';
import { safeStorage } from '../../../../src/platform/storage';
import { memory } from '../../features/presenter/fixtures';

describe('the day’s ink in storage', () => {
  it('keeps a day’s ink under that day’s key and reads it back', () => {
    const { storage, data } = memory();
    const state = { strokes: [], keep: ['lecture/2'] };
    expect(inkStore(storage, '2026-12-06').save(state)).toBe(true);
    expect(data.has(inkKey('2026-12-06'))).toBe(true);
    expect(inkStore(storage, '2026-12-06').load()).toEqual({ state });
    expect(inkStore(storage, '2026-12-07').load()).toEqual({ state: NO_INK });
  });

  it('starts without ink, saying why, when storage holds something else or throws', () => {
    const { storage, data } = memory();
    data.set(inkKey('2026-12-06'), '{"strokes": "lots"}');
    const garbled = inkStore(storage, '2026-12-06').load();
    expect(garbled.state).toEqual(NO_INK);
    expect(garbled.problem).toContain('does not hold what this deck expects');
    const broken = safeStorage(() => {
      throw new Error('SecurityError');
    });
    const store = inkStore(broken, '2026-12-06');
    expect(store.load().problem).toContain('SecurityError');
    expect(store.save(NO_INK)).toBe(false);
  });
});
