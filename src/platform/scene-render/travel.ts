import { num } from '../../core/scenes/picture/geometry';
import type { Point } from '../../core/scenes/picture/items';

/** A function from 0..1 to a point on the polyline, at constant speed along its length. */
export function along(points: readonly Point[]): (t: number) => Point {
  const first = points[0] ?? { x: 0, y: 0 };
  const lengths = points.slice(1).map((p, i) => {
    const q = points[i] ?? p;
    return Math.hypot(p.x - q.x, p.y - q.y);
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return (t) => {
    if (total === 0 || t <= 0) return first;
    let left = Math.min(t, 1) * total;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i] ?? 0;
      const from = points[i] ?? first;
      const to = points[i + 1] ?? from;
      if (left <= length && length > 0) {
        const k = left / length;
        return { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k };
      }
      left -= length;
    }
    return points.at(-1) ?? first;
  };
}

/** Reads the position a `translate(x,y)` transform puts an element at. */
export function translation(transform: string | null): Point | null {
  const m = /translate\(\s*(-?[\d.e+-]+)[ ,]+(-?[\d.e+-]+)\s*\)/.exec(transform ?? '');
  if (!m) return null;
  return { x: Number(m[1]), y: Number(m[2]) };
}

export function translate(p: Point): string {
  return `translate(${num(p.x)},${num(p.y)})`;
}
