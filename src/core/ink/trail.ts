/** The laser's fading trail: where it was in the last `TRAIL_MS`, oldest first, each with how faded it is. */
export const TRAIL_MS = 450;

export interface TrailPoint {
  readonly x: number;
  readonly y: number;
  readonly at: number;
}

/** The trail at `now`: points older than `TRAIL_MS` dropped. */
export function trailAt(points: readonly TrailPoint[], now: number): TrailPoint[] {
  return points.filter((p) => now - p.at <= TRAIL_MS);
}

/** 1 for a point drawn now, falling to 0 at `TRAIL_MS`. */
export function trailOpacity(point: TrailPoint, now: number): number {
  return Math.max(0, 1 - (now - point.at) / TRAIL_MS);
}
