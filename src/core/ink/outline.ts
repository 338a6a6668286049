import type { InkPoint } from '../../model/ink';

/**
 * A closed outline (perfect-freehand's polygon) as SVG path data: quadratic curves through the midpoints of
 * its edges, as perfect-freehand's own documentation draws it. Coordinates rounded to 0.1 slide units.
 */
export function outlinePath(outline: readonly (readonly number[])[]): string {
  const count = outline.length;
  if (count < 3) return '';
  const at = (i: number): readonly number[] => outline[i % count] ?? [0, 0];
  const n = (value: number | undefined): string => String(Math.round((value ?? 0) * 10) / 10);
  const mid = (a: readonly number[], b: readonly number[]): string =>
    `${n(((a[0] ?? 0) + (b[0] ?? 0)) / 2)} ${n(((a[1] ?? 0) + (b[1] ?? 0)) / 2)}`;
  let d = `M${n(at(0)[0])} ${n(at(0)[1])} Q${n(at(1)[0])} ${n(at(1)[1])} ${mid(at(1), at(2))} T`;
  for (let i = 2; i < count - 1; i++) d += `${mid(at(i), at(i + 1))} `;
  return `${d.trimEnd()}Z`;
}

/** A pointer's position as a stroke keeps it: 0.1 slide units and two decimals of pressure are plenty, and small. */
export function inkPoint(x: number, y: number, pressure: number): InkPoint {
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10, Math.round(Math.min(1, Math.max(0, pressure)) * 100) / 100];
}
