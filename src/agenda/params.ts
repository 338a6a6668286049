import { AGENDA_DEFAULTS } from './config';
import type { Break } from './model';
import { formatClock, formatSpan, parseClock } from './time';

export interface AgendaOptions {
  readonly start: number;
  readonly end: number;
  /** The clock time to start a rehearsal clock at; undefined means the real clock. */
  readonly now: number | undefined;
  /** Checked against the class only when scheduling, where overlaps and strays are reported too. */
  readonly breaks: readonly Break[];
}

/** The most breaks a day can have: more make the timeline unreadable, and no real class has them. */
export const MAX_BREAKS = 12;

/** A value as the banner quotes it: a long one would push the banner's button off the screen. */
const QUOTE_LENGTH = 24;
export const quote = (text: string): string => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text);

const NAMES = ['start', 'end', 'now', 'break'] as const;

/**
 * Reads `start`, `end`, `now` (HH:MM) and repeatable `break` (HH:MM-HH:MM). A bad value becomes a warning and
 * falls back to its default, so a typo in front of the room never stops the deck.
 */
export function readAgendaParams(params: URLSearchParams): { options: AgendaOptions; warnings: string[] } {
  const warnings = misspelled(params);
  const clock = (name: 'start' | 'end' | 'now', fallback: string): number | undefined => {
    const [text, ...more] = params.getAll(name);
    if (text === undefined) return undefined;
    // A link edited by hand often ends up with two: which one was meant cannot be known, so say which is used.
    if (more.length > 0) {
      warnings.push(`${name}= is given ${more.length + 1} times; using the first, ${name}=${quote(text)}`);
    }
    const value = parseClock(text);
    if (value === undefined) warnings.push(`${name}=${quote(text)} is not a clock time (HH:MM); using ${fallback}`);
    return value;
  };
  const start = clock('start', formatClock(AGENDA_DEFAULTS.start));
  const end = clock('end', formatClock(AGENDA_DEFAULTS.end));
  const now = clock('now', 'the real clock');
  const given = params.getAll('break').flatMap((text) => {
    const pause = parseBreak(text);
    if (!pause) warnings.push(`break=${quote(text)} is not a time range (HH:MM-HH:MM); ignored`);
    return pause ? [pause] : [];
  });
  if (given.length > MAX_BREAKS) {
    warnings.push(`${given.length} breaks given; a day can have at most ${MAX_BREAKS}: the first ${MAX_BREAKS} are used`);
  }
  const breaks = given.slice(0, MAX_BREAKS);

  const day = { start: start ?? AGENDA_DEFAULTS.start, end: end ?? AGENDA_DEFAULTS.end };
  if (day.end <= day.start) {
    const label = (name: string, given: number | undefined, value: number): string =>
      given === undefined ? `the default ${name} ${formatClock(value)}` : `${name}=${formatClock(value)}`;
    const fallback = { start: AGENDA_DEFAULTS.start, end: AGENDA_DEFAULTS.end };
    warnings.push(
      `${label('end', end, day.end)} is not after ${label('start', start, day.start)}; ` +
        `using ${formatSpan(fallback.start, fallback.end)}`,
    );
    return { options: { ...fallback, now, breaks }, warnings };
  }
  return { options: { ...day, now, breaks }, warnings };
}

function parseBreak(text: string): Break | undefined {
  const [from, to, ...rest] = text.split(/[-–]/);
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const start = parseClock(from);
  const end = parseClock(to);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** `START=` or `Break=`: reveal and URLSearchParams read names as written, so these would be dropped unseen. */
function misspelled(params: URLSearchParams): string[] {
  const warnings: string[] = [];
  for (const name of new Set(params.keys())) {
    const meant = NAMES.find((known) => known === name.toLowerCase());
    if (meant && meant !== name) warnings.push(`${quote(name)}= is ignored: parameter names are lower case (${meant}=)`);
  }
  return warnings;
}
