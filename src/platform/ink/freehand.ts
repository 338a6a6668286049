import { outlinePath } from '../../core/ink/outline';
import type { Stroke } from '../../model/ink';

type GetStroke = (typeof import('perfect-freehand'))['getStroke'];

let loading: Promise<GetStroke> | undefined;

/** perfect-freehand, fetched the first time ink is drawn or shown: the deck's start-up script does not carry it. */
export function loadFreehand(): Promise<GetStroke> {
  loading ??= import('perfect-freehand').then((module) => module.getStroke);
  return loading;
}

/** A stroke's outline as SVG path data, in slide units. `last`: the stroke is finished (its end is capped). */
export function strokePath(getStroke: GetStroke, stroke: Pick<Stroke, 'points' | 'tool' | 'size'>, last = true): string {
  const highlighter = stroke.tool === 'highlighter';
  const outline = getStroke(
    stroke.points.map((p) => [...p]),
    {
      size: stroke.size,
      // A pen's pressure thins the line; mouse and touch report a constant 0.5, so their lines keep one width.
      thinning: highlighter ? 0 : 0.6,
      smoothing: 0.5,
      streamline: 0.4,
      simulatePressure: false,
      start: { cap: true },
      end: { cap: true },
      last,
    },
  );
  return outlinePath(outline);
}
