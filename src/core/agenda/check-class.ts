import { AGENDA_DEFAULTS } from '../../model/config.ts';
import type { Report } from './report.ts';
import { formatClock, formatSpan } from '../../model/time.ts';

const isTimeOfDay = (t: number): boolean => Number.isFinite(t) && t >= 0 && t <= 24 * 60;

/** The class times, or the defaults when they make no day. Minutes since midnight. */
export function checkClassTimes(start: number, end: number, report: Report): { start: number; end: number } {
  const fallback = { start: AGENDA_DEFAULTS.start, end: AGENDA_DEFAULTS.end };
  const fix = `using ${formatSpan(fallback.start, fallback.end)}`;
  if (!isTimeOfDay(start) || !isTimeOfDay(end)) {
    report.problem(`class times ${String(start)} and ${String(end)} are not minutes of a day (0 to 1440)`, fix);
    return fallback;
  }
  if (end <= start) {
    report.problem(`class ends at ${formatClock(end)}, which is not after it starts at ${formatClock(start)}`, fix);
    return fallback;
  }
  return { start, end };
}
