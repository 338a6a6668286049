import type { LayerSpec, StackSpec } from '../stack-spec.ts';
import type { Rect } from './geometry.ts';

/** Where a stack stands and how its levels are spaced. */
export interface StackFrame {
  x: number;
  width: number;
  /** Between boxes side by side on one level. */
  gap: number;
  level: { bottom: number; height: number; pitch: number };
  /** A width of its own for some layers (a runtime beside its containers); the others share what is left. */
  fixedWidth?: (layer: LayerSpec) => number | undefined;
}

/**
 * Where each layer of a stack sits, whether or not the step shows it yet: levels bottom up, a level's layers side
 * by side across the stack's width. Every stack scene places its boxes this way, so equal heights compare.
 */
export function stackLayout<Id extends string>(spec: StackSpec<string, Id>, frame: StackFrame): Map<Id, Rect> {
  const out = new Map<Id, Rect>();
  spec.levels.forEach((layers, level) => {
    const fixed = layers.map((layer) => frame.fixedWidth?.(layer));
    const fixedTotal = fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const shared = fixed.filter((w) => w === undefined).length;
    const width = (frame.width - frame.gap * (layers.length - 1) - fixedTotal) / Math.max(1, shared);
    let x = frame.x;
    layers.forEach((layer, slot) => {
      const w = fixed[slot] ?? width;
      out.set(layer.id, { x, y: frame.level.bottom - level * frame.level.pitch, width: w, height: frame.level.height });
      x += w + frame.gap;
    });
  });
  return out;
}
