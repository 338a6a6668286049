import { ACCENT, GUIDE, INK } from '../../../../model/palette.ts';
import type { Rect } from '../../picture/geometry.ts';
import type { BoxItem, Item, TextLine } from '../../picture/items.ts';

/**
 * The zoom redraws the level in focus large and keeps the levels around it as small copies in a context column
 * on the left, with a cone from the part zoomed into. The copies keep their items' keys, so when animated the
 * big picture visibly shrinks into the corner as the next level opens.
 */
export const SERVER: Rect = { x: 30, y: 44, width: 1040, height: 340 };
export const MAIN: Rect = { x: 290, y: 44, width: 780, height: 340 };
export const CONTEXT_X = 30;
export const BREADCRUMB_Y = 18;
export const INSET = 12;
/** When animated, a new level opens once the old one has shrunk into the context column. */
export const LATER = 650;

export function later(items: readonly Item[]): Item[] {
  return items.map((item) => ({ ...item, delay: LATER }));
}

export const quiet = (text: string): TextLine => ({ text, size: 18, italic: true, fill: GUIDE });
export const heading = (text: string, size = 18): TextLine => ({ text, size, bold: true, fill: INK });

export function label(key: string, x: number, y: number, line: TextLine, anchor: 'start' | 'middle' | 'end' = 'middle'): Item {
  return { kind: 'text', key, x, y, anchor, lines: [line] };
}

/** A frame that holds other boxes: its title is a separate text at its top, so the contents stay clear. */
export function frame(key: string, rect: Rect, fill: string, opts: { dashed?: boolean; focus?: boolean } = {}): BoxItem {
  return {
    kind: 'box',
    key,
    ...rect,
    fill,
    stroke: opts.focus ? ACCENT : INK,
    strokeWidth: opts.focus ? 4 : 2,
    ...(opts.dashed ? { dashed: true } : {}),
    lines: [],
  };
}
