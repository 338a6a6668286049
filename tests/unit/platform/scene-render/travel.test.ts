import { describe, expect, it } from 'vitest';
import { along, translate, translation } from '../../../../src/platform/scene-render/travel';

describe('along', () => {
  const route = along([
    { x: 0, y: 0 },
    { x: 0, y: 100 },
    { x: 100, y: 100 },
  ]);

  it('starts at the first point and ends at the last', () => {
    expect(route(0)).toEqual({ x: 0, y: 0 });
    expect(route(1)).toEqual({ x: 100, y: 100 });
  });

  it('moves at constant speed along the whole length', () => {
    expect(route(0.25)).toEqual({ x: 0, y: 50 });
    expect(route(0.5)).toEqual({ x: 0, y: 100 });
    expect(route(0.75)).toEqual({ x: 50, y: 100 });
  });

  it('clamps outside 0..1 (easing can overshoot) and copes with a route that goes nowhere', () => {
    expect(route(-0.2)).toEqual({ x: 0, y: 0 });
    expect(route(1.3)).toEqual({ x: 100, y: 100 });
    expect(
      along([
        { x: 5, y: 5 },
        { x: 5, y: 5 },
      ])(0.5),
    ).toEqual({ x: 5, y: 5 });
  });
});

describe('translate and translation', () => {
  it('round-trip a position, at a tenth of a unit', () => {
    expect(translate({ x: 12.345, y: -6 })).toBe('translate(12.3,-6)');
    expect(translation('translate(12.3,-6)')).toEqual({ x: 12.3, y: -6 });
    expect(translation('translate(1e-7, 4)')).toEqual({ x: 1e-7, y: 4 });
  });

  it('reads nothing from a transform without a translation', () => {
    expect(translation(null)).toBeNull();
    expect(translation('scale(2)')).toBeNull();
  });
});
