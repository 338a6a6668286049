import { INK_FORMAT, type InkFile, type InkMessage, type Stroke } from '../../model/ink';

/** The day's ink: every stroke, with the slide and step it was drawn on, and the slides that keep theirs across steps. */
export interface InkState {
  readonly strokes: readonly Stroke[];
  readonly keep: readonly string[];
}

export const NO_INK: InkState = { strokes: [], keep: [] };

/**
 * The state after `message`. A stroke arrives again as it grows while being drawn: the later copy replaces the
 * earlier one in its place. The laser changes nothing that lasts.
 */
export function applyInk(state: InkState, message: InkMessage): InkState {
  switch (message.type) {
    case 'stroke': {
      const { stroke } = message;
      const held = state.strokes.some((s) => s.id === stroke.id);
      return { ...state, strokes: held ? state.strokes.map((s) => (s.id === stroke.id ? stroke : s)) : [...state.strokes, stroke] };
    }
    case 'erase': {
      const gone = new Set(message.ids);
      return { ...state, strokes: state.strokes.filter((s) => !gone.has(s.id)) };
    }
    case 'keep': {
      const others = state.keep.filter((slide) => slide !== message.slide);
      return { ...state, keep: message.keep ? [...others, message.slide] : others };
    }
    case 'laser':
      return state;
  }
}

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
