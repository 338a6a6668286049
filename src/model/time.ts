/** Clock helpers. A clock time is minutes since local midnight. */

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** Strict "H:MM" or "HH:MM" from 0:00 to 23:59; undefined otherwise, so the caller can name the bad value. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** The first year a class date may name: an earlier one is a typo (0000-01-01), and the clock cannot reach it. */
export const FIRST_CLASS_YEAR = 1970;

/** A real calendar day written YYYY-MM-DD, from FIRST_CLASS_YEAR on, or undefined (see `dateProblem` for why). */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || Number(match[1]) < FIRST_CLASS_YEAR) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDate(day, 'UTC') === text ? text : undefined;
}

/** Why `text` is no class date, as the end of a sentence that quotes it (class file, URL, handout command). */
export function dateProblem(text: string): string {
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(text)?.[1];
  if (year === undefined) return 'is not a day written YYYY-MM-DD, such as 2025-09-10';
  if (Number(year) < FIRST_CLASS_YEAR) return `is before ${FIRST_CLASS_YEAR}: is the year a typo?`;
  return 'is not a day of the calendar (YYYY-MM-DD: is the month or the day too large?)';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The calendar day of `date`, written YYYY-MM-DD: in local time (the class's day, a storage key's day) unless
 * `timeZone` says otherwise. From the Date's own fields, not Intl: a DateTimeFormat costs tens of ms to create
 * on a slow laptop, and this runs before the deck can lay out its slides.
 */
export function isoDate(date: Date, timeZone?: 'UTC'): string {
  const utc = timeZone === 'UTC';
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const month = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
  const day = utc ? date.getUTCDate() : date.getDate();
  // ISO writes every year in four digits.
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** "09:05"; seconds are dropped, as a wall clock shows them. */
export function formatClock(minutes: number): string {
  const whole = Math.floor(minutes);
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/**
 * Two clock times (or lengths) in minutes that are the same moment: a schedule's times are whole seconds apart
 * at least, and the sums that make them carry floating-point noise, so closer than half a second is the same.
 */
export function sameClockTime(a: number, b: number): boolean {
  return Math.abs(a - b) < 1 / 120;
}

/** "12:00–13:00" */
export function formatSpan(start: number, end: number): string {
  return `${formatClock(start)}–${formatClock(end)}`;
}

/**
 * A countdown from milliseconds, with its units: "29 min 59 s", "1 h 02 min 03 s", "-5 s" once overrun. In a
 * class that runs 13:00–18:30, "13:51 left" reads like a time of day. Rounds up, so it reads 0 s only when the
 * time is really up; a larger unit keeps the smaller ones, padded, so a ticking count keeps its width.
 */
export function formatDurationMs(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor((abs % 3600) / 60);
  const seconds = abs % 60;
  if (hours > 0) return `${sign}${hours} h ${pad(minutes)} min ${pad(seconds)} s`;
  return minutes > 0 ? `${sign}${minutes} min ${pad(seconds)} s` : `${sign}${seconds} s`;
}

/** A length for messages: "45 min", "49 min 50 s", "30 s". */
export function formatLengthMinutes(minutes: number): string {
  const total = Math.round(minutes * 60);
  const sign = total < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(total) / 60);
  const seconds = Math.abs(total) % 60;
  if (seconds === 0) return `${sign}${whole} min`;
  return whole === 0 ? `${sign}${seconds} s` : `${sign}${whole} min ${seconds} s`;
}
