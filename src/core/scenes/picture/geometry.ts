import type { Point } from './items.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
export const middle = (r: { y: number; height: number }): number => r.y + r.height / 2;
export const right = (r: Rect): number => r.x + r.width;
export const bottom = (r: { y: number; height: number }): number => r.y + r.height;

/** One decimal is finer than a pixel and keeps path strings short and identical however they were reached. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join('');
}
