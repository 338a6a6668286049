import { INK_FORMAT, type InkFile, type Stroke } from '../../model/ink';
import type { InkState } from '../../model/ink-state';

/**
 * The ink a slide shows at step `f`: the strokes drawn at that step, or, on a slide that keeps its ink, every
 * stroke drawn at that step or an earlier one. Stepping back shows each step's ink as it was drawn.
 */
export function visibleStrokes(state: InkState, slide: string, f: number): Stroke[] {
  const keep = state.keep.includes(slide);
  return state.strokes.filter((s) => s.slide === slide && (keep ? s.at.f <= f : s.at.f === f));
}

/** Both states' strokes (one of each id) and kept slides: an import adds to the ink already there. */
export function mergeInk(a: InkState, b: InkState): InkState {
  const ids = new Set(a.strokes.map((s) => s.id));
  return {
    strokes: [...a.strokes, ...b.strokes.filter((s) => !ids.has(s.id))],
    keep: [...new Set([...a.keep, ...b.keep])],
  };
}

export function inkFile(state: InkState, deck: string, date: string): InkFile {
  return { format: INK_FORMAT, version: 1, deck, date, keep: [...state.keep], strokes: [...state.strokes] };
}
