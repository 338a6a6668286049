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

/** A real calendar day written YYYY-MM-DD, or undefined. */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDate(day, 'UTC') === text ? text : undefined;
}

const ISO_PARTS = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const localDays = new Intl.DateTimeFormat('en', ISO_PARTS);
const utcDays = new Intl.DateTimeFormat('en', { ...ISO_PARTS, timeZone: 'UTC' });

/**
 * The calendar day of `date`, written YYYY-MM-DD: in local time (the class's day, a storage key's day) unless
 * `timeZone` says otherwise. Assembled from Intl's parts, so no locale's own order or separators leak in.
 */
export function isoDate(date: Date, timeZone?: 'UTC'): string {
  const parts = (timeZone === 'UTC' ? utcDays : localDays).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  // ISO writes every year in four digits; Intl's numeric year has as many as it needs.
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

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
 * A countdown from milliseconds: "29:59", "1:02:03", "-0:05" once overrun. Rounds up, so it reads 0:00 only
 * when the time is really up.
 */
export function formatDurationMs(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor((abs % 3600) / 60);
  const seconds = abs % 60;
  return hours > 0 ? `${sign}${hours}:${pad(minutes)}:${pad(seconds)}` : `${sign}${minutes}:${pad(seconds)}`;
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
