import type { Step } from './types.ts';

/** Any number to a step the scene has: below -1 or not a number is -1, beyond the last is the last. */
export function clampStep(step: Step, steps: number): Step {
  if (Number.isNaN(step)) return -1;
  // `|| 0` turns the -0 that truncating -0.5 gives into 0.
  return Math.max(-1, Math.min(steps - 1, Math.trunc(step) || 0));
}
