import { expect, it } from 'vitest';
import type { Scene } from '../../../src/core/scenes/define';

/** What every scene model promises, whatever it draws: a range of steps, clamping, one caption per step. */
export function itKeepsTheModelContract<S>(model: Scene<S>, steps: number): void {
  const range = Array.from({ length: steps + 1 }, (_, i) => i - 1);

  it(`has ${steps} steps`, () => {
    expect(model.steps).toBe(steps);
  });

  it('clamps steps out of range to the nearest end, and non-numbers to the start', () => {
    expect(model.state(-7)).toEqual(model.state(-1));
    expect(model.state(steps + 3)).toEqual(model.state(steps - 1));
    expect(model.state(Number.NaN)).toEqual(model.state(-1));
    expect(model.state(1.8)).toEqual(model.state(1));
    expect(model.caption(steps + 3)).toBe(model.caption(steps - 1));
  });

  it('is deterministic', () => {
    for (const step of range) expect(model.state(step)).toEqual(model.state(step));
  });

  it('gives every step its own non-empty caption', () => {
    const captions = range.map((s) => model.caption(s));
    for (const c of captions) expect(c.trim().length).toBeGreaterThan(20);
    expect(new Set(captions).size).toBe(captions.length);
  });

  it('changes the picture at every step', () => {
    const states = range.map((s) => JSON.stringify(model.state(s)));
    expect(new Set(states).size).toBe(states.length);
  });
}
