import { describe, expect, it } from 'vitest';
import { clampStep } from '../../../../src/core/scenes/step';

describe('clampStep', () => {
  it.each([
    [-1, -1],
    [0, 0],
    [4, 4],
    [5, 4],
    [99, 4],
    [-2, -1],
    [2.9, 2],
    [-0.5, 0],
    [Number.NaN, -1],
    [Number.POSITIVE_INFINITY, 4],
    [Number.NEGATIVE_INFINITY, -1],
  ])('puts %d at %d for a scene of 5 steps', (step, expected) => {
    expect(clampStep(step, 5)).toBe(expected);
  });
});
