import { num, polyline } from './geometry.ts';
import type { PathItem, Point } from './items.ts';

export interface ArrowStyle {
  color: string;
  width: number;
  dashed?: boolean;
  opacity?: number;
  delay?: number;
}

/**
 * An arrow as two paths, a shaft and a filled head, rather than an SVG marker: markers need `id` references,
 * which print view's cloned slides would duplicate.
 */
export function arrow(key: string, points: readonly Point[], style: ArrowStyle): PathItem[] {
  const tip = points.at(-1);
  const before = points.at(-2);
  if (tip === undefined || before === undefined) throw new Error(`arrow ${key} needs two points`);
  const length = Math.hypot(tip.x - before.x, tip.y - before.y);
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const headLength = 3 * style.width + 6;
  const halfWidth = 1.6 * style.width + 4;
  const base = { x: tip.x - ux * headLength, y: tip.y - uy * headLength };
  const shaft = [...points.slice(0, -1), { x: base.x + ux, y: base.y + uy }];
  const common = { opacity: style.opacity ?? 1, ...(style.delay === undefined ? {} : { delay: style.delay }) };
  return [
    {
      kind: 'path',
      key: `${key}:shaft`,
      d: polyline(shaft),
      stroke: style.color,
      strokeWidth: style.width,
      ...(style.dashed ? { dashed: true } : {}),
      ...common,
    },
    {
      kind: 'path',
      key: `${key}:head`,
      d:
        `M${num(tip.x)},${num(tip.y)}` +
        `L${num(base.x - uy * halfWidth)},${num(base.y + ux * halfWidth)}` +
        `L${num(base.x + uy * halfWidth)},${num(base.y - ux * halfWidth)}Z`,
      stroke: style.color,
      strokeWidth: 1,
      fill: style.color,
      ...common,
    },
  ];
}
