import { describe, expect, it } from 'vitest';
import { mostThatFits, whyNot } from '../../../../src/core/day/feasible';
import { at, seedDay } from '../agenda/fixtures';

describe('whyNot', () => {
  it('lets a fixed block grow while the flexible block has room', () => {
    expect(whyNot(seedDay, {}, { install: 5 })).toBeUndefined();
    expect(whyNot(seedDay, {}, { install: 180 })).toBeUndefined();
  });

  it('names the problem when the flexible block would drop under its minimum', () => {
    expect(whyNot(seedDay, {}, { install: 190 })).toMatch(/"Container Fun" would get .*under its minimum of 10 min/);
  });

  it('refuses to extend the flexible block past the blocks after it', () => {
    expect(whyNot(seedDay, {}, { long: 5 })).toMatch(/"Container Fun" cannot run until 14:05/);
  });

  it('refuses a block shortened to nothing', () => {
    expect(whyNot(seedDay, {}, { demo: -10 })).toMatch(/"Container Demo" would last 0 min/);
  });

  it('takes changes on an already broken day unless they add problems', () => {
    const broken = { ...seedDay, end: at('11:00') };
    expect(whyNot(broken, {}, { install: -5 })).toBeUndefined();
    expect(whyNot(broken, {}, { demo: -10 })).toMatch(/would last 0 min/);
  });
});

describe('mostThatFits', () => {
  it('returns all of it when it fits, else the most whole seconds that do', () => {
    expect(mostThatFits(3, () => true)).toBe(3);
    expect(mostThatFits(3, (m) => m <= 1.5)).toBe(1.5);
    expect(mostThatFits(3, (m) => m <= 1.51)).toBeCloseTo(90 / 60);
    expect(mostThatFits(3, () => false)).toBe(0);
    expect(mostThatFits(-2, () => true)).toBe(0);
  });
});
