import { easeCubicInOut } from 'd3-ease';
import type { BaseType, Selection } from 'd3-selection';
// Side effect: adds .transition() and .interrupt() to selections. Named imports from d3 tree-shake it away in a
// production build, so it is imported on its own.
import 'd3-transition';

/** Every scene transition carries this name, so interrupting it never touches anyone else's. */
export const TRANSITION = 'scene';
export const DURATION = 600;

/** One drawing of a picture: either straight to the final attributes, or animated towards them. */
export interface Pass {
  animate: boolean;
  /** Ends of the transitions this pass started; once all resolve, the view redraws directly to exact values. */
  started: Promise<void>[];
}

export type AnySelection<E extends BaseType, D> = Selection<E, D, BaseType, unknown>;
type Value = string | number | null;
export type Attrs<D> = Readonly<Record<string, (d: D) => Value>>;

/** Anything drawn can wait before it animates. */
export interface Timed {
  delay?: number;
}

/**
 * Sets attributes on a selection, directly or through a transition: the one place where a drawing function's
 * target values meet the choice between drawing and animating. A null value removes the attribute. An animation
 * leaves alone the elements whose attributes already have their values: most items of a step stay where they
 * are, and each transition the browser keeps is work in every frame while the picture moves.
 */
export function apply<E extends BaseType, D extends Timed>(sel: AnySelection<E, D>, attrs: Attrs<D>, pass: Pass): void {
  if (!pass.animate) {
    for (const [name, value] of Object.entries(attrs)) sel.attr(name, value);
    return;
  }
  const entries = Object.entries(attrs);
  const moving = sel.filter(function (d) {
    return entries.some(([name, value]) => differs(this as unknown as Element, name, value(d)));
  });
  if (moving.empty()) return;
  const t = moving
    .transition(TRANSITION)
    .duration(DURATION)
    .delay((d) => d.delay ?? 0)
    .ease(easeCubicInOut);
  for (const [name, value] of entries) t.attr(name, value);
  pass.started.push(t.end());
}

/** Whether setting `name` to `value` would change the element: a null value removes the attribute. */
function differs(element: Element, name: string, value: Value): boolean {
  const now = element.getAttribute(name);
  return value === null ? now !== null : now !== String(value);
}

/** Leaving elements fade out when animated; a direct draw removes them at once. */
export function leave<E extends BaseType, D>(exit: AnySelection<E, D>, pass: Pass): void {
  if (!pass.animate) {
    exit.remove();
    return;
  }
  if (exit.empty()) return;
  const t = exit
    .transition(TRANSITION)
    .duration(DURATION / 2)
    .attr('opacity', 0)
    .remove();
  pass.started.push(t.end());
}
