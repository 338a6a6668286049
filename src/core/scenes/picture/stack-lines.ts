import type { TextLine } from './items.ts';
import { lineHeight } from '../../text-width.ts';

/** A line of text with its position; `y` is the line's vertical centre. */
export interface PlacedLine extends TextLine {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  delay?: number;
}

/** Stacks lines so the block's middle sits at `y` (centred) or its first line does (`firstAt`). */
export function stackLines(
  lines: readonly TextLine[],
  at: { x: number; y: number; anchor: PlacedLine['anchor']; firstAt?: boolean },
  delay?: number,
): PlacedLine[] {
  const heights = lines.map((l) => lineHeight(l.size));
  const total = heights.reduce((a, b) => a + b, 0);
  let top = at.firstAt ? at.y - (heights[0] ?? 0) / 2 : at.y - total / 2;
  return lines.map((line, i) => {
    const h = heights[i] ?? 0;
    const placed = { ...line, x: at.x, y: top + h / 2, anchor: at.anchor, ...(delay === undefined ? {} : { delay }) };
    top += h;
    return placed;
  });
}
