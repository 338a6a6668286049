import { MAX_BREAKS } from '../../model/config.ts';
import { dayProblems, parseBreak } from '../../model/day-rules.ts';
import type { Break } from './model.ts';
import { dateProblem, formatClock, formatSpan, parseClock, parseDate } from '../../model/time.ts';

/** The class day the URL starts from: the class file's times, breaks and date. */
export interface ClassTimes {
  readonly start: number;
  readonly end: number;
  readonly breaks: readonly Break[];
  /** ISO `YYYY-MM-DD`; absent means the day the deck is opened. */
  readonly date?: string;
}

export interface AgendaOptions {
  readonly start: number;
  readonly end: number;
  /** The clock time to start a rehearsal clock at; undefined means the real clock. */
  readonly now: number | undefined;
  /** Checked against the class only when scheduling, where overlaps and strays are reported too. */
  readonly breaks: readonly Break[];
  /** The class date, ISO; undefined means today. */
  readonly date: string | undefined;
}

/** `break=none`: a day without the class file's breaks. */
export const NO_BREAKS = 'none';

/** A value as the banner quotes it: a long one would push the banner's button off the screen. */
const QUOTE_LENGTH = 24;
export const quote = (text: string): string => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text);

const NAMES = ['start', 'end', 'now', 'break', 'date'] as const;

/** The query as the agenda reads it: `URLSearchParams`, or the page's one reader (src/platform/params). */
export interface QueryValues {
  getAll(name: (typeof NAMES)[number]): string[];
  keys(): Iterable<string>;
}

/**
 * Reads `start`, `end`, `now` (HH:MM), `date` (YYYY-MM-DD) and repeatable `break` (HH:MM-HH:MM, or `none`): each
 * replaces the class file's value for one day. A bad value becomes a warning and falls back to the class file's,
 * so a typo in front of the room never stops the deck.
 */
export function readAgendaParams(params: QueryValues, day: ClassTimes): { options: AgendaOptions; warnings: string[] } {
  const warnings = misspelled(params);
  const first = (name: (typeof NAMES)[number]): string | undefined => {
    const [text, ...more] = params.getAll(name);
    // A link edited by hand often ends up with two: which one was meant cannot be known, so say which is used.
    if (text !== undefined && more.length > 0) {
      warnings.push(`${name}= is given ${more.length + 1} times; using the first, ${name}=${quote(text)}`);
    }
    return text;
  };
  const clock = (name: 'start' | 'end' | 'now', fallback: string): number | undefined => {
    const text = first(name);
    if (text === undefined) return undefined;
    const value = parseClock(text);
    if (value === undefined) warnings.push(`${name}=${quote(text)} is not a clock time (HH:MM); using ${fallback}`);
    return value;
  };
  const start = clock('start', formatClock(day.start));
  const end = clock('end', formatClock(day.end));
  const now = clock('now', 'the real clock');
  const date = readDate(first('date'), day.date, warnings);
  const breaks = readBreaks(params.getAll('break'), day.breaks, warnings);

  const chosen = { start: start ?? day.start, end: end ?? day.end };
  if (chosen.end <= chosen.start) {
    const label = (name: string, given: number | undefined, value: number): string =>
      given === undefined ? `the class file's ${name} ${formatClock(value)}` : `${name}=${formatClock(value)}`;
    warnings.push(
      `${label('end', end, chosen.end)} is not after ${label('start', start, chosen.start)}; ` + `using ${formatSpan(day.start, day.end)}`,
    );
    return { options: { start: day.start, end: day.end, now, breaks: day.breaks, date }, warnings };
  }
  return { options: { ...holdable(chosen, breaks, day, warnings), now, date }, warnings };
}

/**
 * The day's rules (model/day-rules), as the build applies them to the class file: a URL day that breaks one is
 * warned about, and falls back to the class file's breaks, then to the class file's day.
 */
function holdable(
  times: { start: number; end: number },
  breaks: readonly Break[],
  day: ClassTimes,
  warnings: string[],
): { start: number; end: number; breaks: readonly Break[] } {
  const problems = dayProblems({ ...times, breaks });
  if (problems.length === 0) return { ...times, breaks };
  const withClassBreaks = { ...times, breaks: day.breaks };
  const fallback = breaks !== day.breaks && dayProblems(withClassBreaks).length === 0 ? withClassBreaks : day;
  const using =
    fallback === day
      ? `using the class file's day (${formatSpan(day.start, day.end)}${day.breaks.length > 0 ? ' with its breaks' : ''})`
      : `using the class file's breaks (${day.breaks.map((b) => formatSpan(b.start, b.end)).join(', ') || 'none'})`;
  for (const { problem } of problems) warnings.push(`${problem}; ${using}`);
  return { start: fallback.start, end: fallback.end, breaks: fallback.breaks };
}

/** The URL's breaks replace the class file's; none given, or none readable, keeps the class file's. */
function readBreaks(texts: readonly string[], fallback: readonly Break[], warnings: string[]): readonly Break[] {
  if (texts.length === 0) return fallback;
  if (texts.includes(NO_BREAKS)) {
    if (texts.length > 1) warnings.push(`break=${NO_BREAKS} means no breaks; the other break= values are ignored`);
    return [];
  }
  const given = texts.flatMap((text) => {
    const pause = parseBreak(text);
    if (!pause) warnings.push(`break=${quote(text)} is not a time range (HH:MM-HH:MM) or "${NO_BREAKS}"; ignored`);
    return pause ? [pause] : [];
  });
  if (given.length === 0) {
    if (fallback.length > 0) warnings.push(`using the class file's breaks (${fallback.map((b) => formatSpan(b.start, b.end)).join(', ')})`);
    return fallback;
  }
  if (given.length > MAX_BREAKS) {
    warnings.push(`${given.length} breaks given; a day can have at most ${MAX_BREAKS}: the first ${MAX_BREAKS} are used`);
  }
  return given.slice(0, MAX_BREAKS);
}

function readDate(text: string | undefined, fallback: string | undefined, warnings: string[]): string | undefined {
  if (text === undefined) return fallback;
  const date = parseDate(text);
  if (date === undefined) warnings.push(`date=${quote(text)} ${dateProblem(text)}; using ${fallback ?? 'today'}`);
  return date ?? fallback;
}

/** `START=` or `Break=`: reveal and URLSearchParams read names as written, so these would be dropped unseen. */
function misspelled(params: QueryValues): string[] {
  const warnings: string[] = [];
  for (const name of new Set(params.keys())) {
    const meant = NAMES.find((known) => known === name.toLowerCase());
    if (meant && meant !== name) warnings.push(`${quote(name)}= is ignored: parameter names are lower case (${meant}=)`);
  }
  return warnings;
}
