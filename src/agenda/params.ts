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

/**
 * Reads `start`, `end`, `now` (HH:MM) and repeatable `break` (HH:MM-HH:MM). A bad value becomes a warning and
 * falls back to its default, so a typo in front of the room never stops the deck.
 */
export function readAgendaParams(params: URLSearchParams): { options: AgendaOptions; warnings: string[] } {
  const warnings: string[] = [];
  const clock = (name: 'start' | 'end' | 'now', fallback: string): number | undefined => {
    const text = params.get(name);
    if (text === null) return undefined;
    const value = parseClock(text);
    if (value === undefined) warnings.push(`${name}=${text} is not a clock time (HH:MM); using ${fallback}`);
    return value;
  };
  const start = clock('start', formatClock(AGENDA_DEFAULTS.start));
  const end = clock('end', formatClock(AGENDA_DEFAULTS.end));
  const now = clock('now', 'the real clock');
  const breaks = params.getAll('break').flatMap((text) => {
    const pause = parseBreak(text);
    if (!pause) warnings.push(`break=${text} is not a time range (HH:MM-HH:MM); ignored`);
    return pause ? [pause] : [];
  });

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
