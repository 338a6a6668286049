/**
 * The view distances to raise reveal's to, one per idle moment: `chunk` more each time, from just past `from`
 * until `ceiling`, the distance at which no slide is left out from any place in the deck. Empty when reveal
 * already lays out that far.
 */
export function distancesAhead(from: number, ceiling: number, chunk: number): number[] {
  if (!(chunk >= 1)) throw new Error(`lay-out-ahead: chunk ${String(chunk)} is not a positive number`);
  const steps: number[] = [];
  for (let d = from + chunk; d < ceiling + chunk; d += chunk) steps.push(Math.min(d, ceiling));
  return steps;
}

/** A top-level slide as reveal sees it: how many slides it stacks (0 for a plain one), and the one it was left at. */
export interface StackShape {
  slides: number;
  leftAt: number;
}

/**
 * Which slides lie within `distance` of the current one by reveal's own measure (slides across plus slides down,
 * from the step a stack was left at; the current stack from the current slide): one flag per slide of each stack,
 * or one for a plain slide. A stack is within reach when one of its slides is.
 */
export function withinReach(stacks: readonly StackShape[], at: { h: number; v: number }, distance: number): boolean[][] {
  return stacks.map((stack, x) => {
    const across = Math.abs(at.h - x);
    if (stack.slides === 0) return [across < distance];
    const from = x === at.h ? at.v : stack.leftAt;
    return Array.from({ length: stack.slides }, (_, y) => across + Math.abs(from - y) < distance);
  });
}
