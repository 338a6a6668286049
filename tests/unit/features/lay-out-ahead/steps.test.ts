import { describe, expect, it } from 'vitest';
import { distancesAhead, withinReach } from '../../../../src/features/lay-out-ahead/steps';

describe('the view distances reveal grows through after ready', () => {
  it('grows by the chunk from past the start, and ends exactly at the ceiling', () => {
    expect(distancesAhead(3, 20, 4)).toEqual([7, 11, 15, 19, 20]);
    expect(distancesAhead(3, 19, 4)).toEqual([7, 11, 15, 19]);
    expect(distancesAhead(1, 3, 5)).toEqual([3]);
  });

  it('has nothing to do when reveal already reaches the ceiling', () => {
    expect(distancesAhead(3, 3, 4)).toEqual([]);
    expect(distancesAhead(12, 10, 4)).toEqual([]);
  });

  it('refuses a chunk that would never reach the ceiling', () => {
    expect(() => distancesAhead(3, 20, 0)).toThrow(/chunk 0/);
    expect(() => distancesAhead(3, 20, Number.NaN)).toThrow(/chunk NaN/);
  });
});

describe('the slides within reach of the current one, by reveal measure', () => {
  const plain = { slides: 0, leftAt: 0 };
  it('counts slides across, and a plain slide is within reach below the distance only', () => {
    const deck = Array.from({ length: 8 }, () => plain);
    expect(withinReach(deck, { h: 4, v: 0 }, 3).map(([near]) => near)).toEqual([false, false, true, true, true, true, true, false]);
    expect(withinReach(deck, { h: 0, v: 0 }, 1).map(([near]) => near)).toEqual([true, false, false, false, false, false, false, false]);
  });

  it('adds slides down: from the current slide in the current stack, from where it was left in another', () => {
    const deck = [plain, { slides: 4, leftAt: 3 }, plain, { slides: 3, leftAt: 0 }];
    expect(withinReach(deck, { h: 1, v: 1 }, 2)).toEqual([[true], [true, true, true, false], [true], [false, false, false]]);
    expect(withinReach(deck, { h: 2, v: 0 }, 3)).toEqual([[true], [false, false, true, true], [true], [true, true, false]]);
  });
});
