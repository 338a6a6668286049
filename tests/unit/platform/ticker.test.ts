import { describe, expect, it } from 'vitest';
import { msToNextSecond } from '../../../src/platform/ticker';

// The reliability probe (2026-12-06, D15): before 1970 the countdown changed every ~2 s, skipping seconds.
describe('the wait to the next whole second', () => {
  it.each([
    ['just after a second', Date.UTC(2026, 0, 1, 10, 0, 0, 10), 995],
    ['just before a second', Date.UTC(2026, 0, 1, 10, 0, 0, 990), 15],
    ['1970-01-01 exactly', 0, 1005],
    ['before 1970, just after a second', Date.UTC(1900, 2, 1, 10, 0, 0, 10), 995],
    ['before 1970, just before a second', Date.UTC(1900, 2, 1, 10, 0, 0, 990), 15],
  ])('%s', (_, time, wait) => {
    expect(msToNextSecond(time)).toBe(wait);
  });
});
