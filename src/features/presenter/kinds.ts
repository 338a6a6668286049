import type { BlockKind } from '../../core/agenda';

export type ItemKind = BlockKind | 'break' | 'free';

/**
 * The one place block kinds get their colours: the agenda timeline and the HUD use them. Fills follow Paul Tol's
 * "light" scheme, as the scenes' palette does (src/core/scenes/palette.ts), for colour-blind readers and dark text
 * on top; breaks and free time are greys, set apart by their pattern as well as their colour.
 */
export const KIND_STYLE: Readonly<Record<ItemKind, { readonly fill: string; readonly label: string }>> = {
  lecture: { fill: '#77aadd', label: 'lecture' },
  demo: { fill: '#eedd88', label: 'demo' },
  practice: { fill: '#44bb99', label: 'practice' },
  planning: { fill: '#ee8866', label: 'planning' },
  break: { fill: '#dddddd', label: 'break' },
  free: { fill: '#f0f0f0', label: 'free time' },
};

/** Text and outlines on the light theme. */
export const INK = '#1d2230';
