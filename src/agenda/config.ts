import type { Break } from './model';

/** The agenda's defaults, in one place. The seed's class day has no break. */
export const AGENDA_DEFAULTS = {
  start: 9 * 60,
  end: 15 * 60,
  breaks: [] as readonly Break[],
  /** The shortest a flexible block may be squeezed to, unless its block sets its own. */
  minFlexibleMinutes: 10,
  /** What an untimed slide takes where its block cannot share out a fixed length (a lecture without one). */
  untimedSlideSeconds: 120,
  breakTitle: 'Break',
  freeTitle: 'Free time',
} as const;
