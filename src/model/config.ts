/**
 * The agenda's tuning constants. The class day itself (start, end, breaks) comes from the class file,
 * `slides/class.yaml`; `start` and `end` here are only the last resort of a schedule asked to plan a day that
 * makes none (the URL falls back to the class file first, and the build checks the class file).
 */
export const AGENDA_DEFAULTS = {
  start: 9 * 60,
  end: 15 * 60,
  /** The shortest a flexible block may be squeezed to, unless its block sets its own. */
  minFlexibleMinutes: 10,
  /** What an untimed slide takes where its block cannot share out a fixed length (a lecture without one). */
  untimedSlideSeconds: 120,
  breakTitle: 'Break',
  freeTitle: 'Free time',
} as const;

/** The most breaks a day can have: more make the timeline unreadable, and no real class has them. */
export const MAX_BREAKS = 12;
