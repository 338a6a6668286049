import { INK, LAYERS, PAPER, type LayerKind } from '../../../model/palette.ts';
import { arrow } from './arrow.ts';
import type { Item, Point, TextLine } from './items.ts';
import { textWidth } from '../../text-width.ts';

/** A layer's colour, a kind of line (a request, an answer, an extra hop), or a box's coloured outline. */
export type LegendEntry =
  | { layer: LayerKind }
  | { line: string; label: string; color: string; dashed?: boolean }
  | { outline: string; label: string; color: string };

/** Where every scene's legend row sits: one line under the picture, at the foot of the viewBox. */
export const LEGEND_Y = 413;

const SIZE = 18;
const SWATCH = { width: 30, height: 22 };
const SAMPLE = 40;
const LABEL_GAP = 8;
const ENTRY_GAP = 30;

function entryKey(entry: LegendEntry): string {
  return 'layer' in entry ? entry.layer : 'line' in entry ? entry.line : entry.outline;
}

function entryLabel(entry: LegendEntry): TextLine {
  return { text: 'layer' in entry ? LAYERS[entry.layer].label : entry.label, size: SIZE, fill: INK };
}

/** A box sample centred in its slot: a layer's fill, or an outline as the picture draws it. */
function swatch(key: string, at: Point, fill: string, stroke: string, strokeWidth: number): Item {
  return {
    kind: 'box',
    key,
    x: at.x + (SAMPLE - SWATCH.width) / 2,
    y: at.y - SWATCH.height / 2,
    ...SWATCH,
    fill,
    stroke,
    strokeWidth,
    lines: [],
  };
}

/** One row of swatches and labels; `at` is the left end of the row's vertical centre; `gap` between entries. */
export function legend(entries: readonly LegendEntry[], at: Point, gap = ENTRY_GAP): Item[] {
  const items: Item[] = [];
  let x = at.x;
  for (const entry of entries) {
    const key = `legend:${entryKey(entry)}`;
    if ('layer' in entry) {
      items.push(swatch(key, { x, y: at.y }, LAYERS[entry.layer].fill, INK, 1.5));
    } else if ('outline' in entry) {
      // Drawn as the picture draws it: a box with a thick coloured edge, not an arrow.
      items.push(swatch(key, { x, y: at.y }, PAPER, entry.color, 4));
    } else {
      items.push(
        ...arrow(
          key,
          [
            { x, y: at.y },
            { x: x + SAMPLE, y: at.y },
          ],
          {
            color: entry.color,
            width: 4,
            ...(entry.dashed ? { dashed: true } : {}),
          },
        ),
      );
    }
    const label = entryLabel(entry);
    items.push({ kind: 'text', key: `${key}:label`, x: x + SAMPLE + LABEL_GAP, y: at.y, anchor: 'start', lines: [label] });
    x += SAMPLE + LABEL_GAP + textWidth(label) + gap;
  }
  return items;
}
