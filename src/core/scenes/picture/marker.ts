import { ACCENT, INK, PAPER } from '../../../model/palette.ts';
import type { DotItem, Point } from './items.ts';

/**
 * A travelling token takes this long per leg of its route (the legs between its `via` points), so a longer
 * route visibly takes longer; pictures time what appears along the route by it.
 */
export const LEG_MS = 380;

/** The request in flight: a filled dot with a paper halo so it reads over any box it crosses. */
export function token(key: string, at: Point, via?: readonly Point[]): DotItem {
  return { kind: 'dot', key, ...at, r: 12, fill: ACCENT, stroke: PAPER, ...(via ? { via } : {}) };
}

/** A numbered circle that orders things: boot stages, hops. */
export function badge(key: string, at: Point, n: number, color: string = INK, spoken?: string): DotItem {
  return {
    kind: 'dot',
    key,
    ...at,
    r: 15,
    fill: color,
    stroke: PAPER,
    label: { text: String(n), size: 20, bold: true, fill: PAPER },
    ...(spoken === undefined ? {} : { spoken }),
  };
}
