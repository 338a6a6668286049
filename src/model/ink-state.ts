import { INK_LIMITS, type InkMessage, type Stroke } from './ink';

/** The day's ink: every stroke, with the slide and step it was drawn on, and the slides that keep theirs across steps. */
export interface InkState {
  readonly strokes: readonly Stroke[];
  readonly keep: readonly string[];
}

export const NO_INK: InkState = { strokes: [], keep: [] };

/**
 * The state after `message`, the one rule the deck's windows, the class server and the student view share. A
 * stroke arrives again as it grows while being drawn: the later copy replaces the earlier one in its place.
 * The very `state` comes back when nothing lasting changed (the laser, an erase of strokes not there, a keep
 * already set) or the day holds its most strokes or kept slides, so a receiver can tell whether to store it.
 */
export function applyInk(state: InkState, message: InkMessage): InkState {
  switch (message.type) {
    case 'stroke': {
      const { stroke } = message;
      const at = state.strokes.findIndex((s) => s.id === stroke.id);
      if (at >= 0) return { ...state, strokes: state.strokes.map((s, i) => (i === at ? stroke : s)) };
      if (state.strokes.length >= INK_LIMITS.strokes) return state;
      return { ...state, strokes: [...state.strokes, stroke] };
    }
    case 'erase': {
      const gone = new Set(message.ids);
      const strokes = state.strokes.filter((s) => !gone.has(s.id));
      return strokes.length === state.strokes.length ? state : { ...state, strokes };
    }
    case 'keep': {
      const has = state.keep.includes(message.slide);
      if (has === message.keep || (message.keep && state.keep.length >= INK_LIMITS.slidesKept)) return state;
      return { ...state, keep: message.keep ? [...state.keep, message.slide] : state.keep.filter((slide) => slide !== message.slide) };
    }
    case 'laser':
      return state;
  }
}
