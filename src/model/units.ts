/** The one conversion between the agenda's minutes and the browser's milliseconds (timers, `Date`, durations). */
export const MS_PER_MINUTE = 60_000;
