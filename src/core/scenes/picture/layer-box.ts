import { ACCENT, INK, LAYERS, WARNING, type LayerKind } from '../../../model/palette.ts';
import type { Rect } from './geometry.ts';
import type { BoxItem, TextLine } from './items.ts';

const LABEL_SIZE = 20;
export const DETAIL_SIZE = 18;

/** What a box is doing in this step: resting, on the request's route, or the costly extra hop. */
export type Emphasis = 'none' | 'route' | 'warning';

const OUTLINE: Readonly<Record<Emphasis, { stroke: string; strokeWidth: number }>> = {
  none: { stroke: INK, strokeWidth: 1.5 },
  route: { stroke: ACCENT, strokeWidth: 4 },
  warning: { stroke: WARNING, strokeWidth: 4 },
};

export interface LayerBoxOptions {
  emphasis?: Emphasis;
  /** A band that contains other boxes of its layer takes the paler tint. */
  band?: boolean;
  /** Smaller second line: examples, durations. */
  detail?: string;
  opacity?: number;
}

/** A box in its layer's colour with a label; the unit every scene builds its stacks from. */
export function layerBox(key: string, layer: LayerKind, rect: Rect, label: string, opts: LayerBoxOptions = {}): BoxItem {
  const emphasis = opts.emphasis ?? 'none';
  const lines: TextLine[] = label === '' ? [] : [{ text: label, size: LABEL_SIZE }];
  if (opts.detail !== undefined) lines.push({ text: opts.detail, size: DETAIL_SIZE });
  return {
    kind: 'box',
    key,
    ...rect,
    fill: opts.band ? LAYERS[layer].tint : LAYERS[layer].fill,
    ...OUTLINE[emphasis],
    lines,
    opacity: opts.opacity ?? 1,
  };
}
