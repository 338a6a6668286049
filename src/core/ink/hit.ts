import type { Stroke } from '../../model/ink';

type Point = readonly [number, number];

/** The strokes that pass within `radius` of `point` (slide units): what the eraser touches. */
export function strokesNear(strokes: readonly Stroke[], point: Point, radius: number): string[] {
  return strokes.filter((stroke) => nearStroke(stroke, point, radius + stroke.size / 2)).map((s) => s.id);
}

function nearStroke(stroke: Stroke, point: Point, reach: number): boolean {
  const points = stroke.points;
  const first = points[0];
  if (!first) return false;
  if (points.length === 1) return Math.hypot(first[0] - point[0], first[1] - point[1]) <= reach;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && segmentDistance(point, a, b) <= reach) return true;
  }
  return false;
}

function segmentDistance(p: Point, a: readonly number[], b: readonly number[]): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length));
  return Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy));
}
