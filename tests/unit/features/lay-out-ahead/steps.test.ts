import { describe, expect, it } from 'vitest';
import { distancesAhead } from '../../../../src/features/lay-out-ahead/steps';

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
