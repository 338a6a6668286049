/**
 * The rules of a class day, wherever its values come from: the class file (the build refuses), the URL (the deck
 * and the student view warn and fall back) and the handout command (it refuses before printing). One module, so
 * that a value one of them refuses is refused by all.
 */
import { MAX_BREAKS } from './config.ts';
import { formatClock, formatSpan, parseClock } from './time.ts';

export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

export interface DayTimes extends DaySpan {
  readonly breaks: readonly DaySpan[];
}

/** What is wrong, and with which value: the day's times, or the break at `index` of the list as given. */
export interface DayProblem {
  readonly field: 'end' | 'breaks';
  readonly index?: number;
  readonly problem: string;
}

/** `12:00-12:45` (or with an en dash, as the deck prints ranges); undefined when it is no range of clock times. */
export function parseBreak(text: string): DaySpan | undefined {
  const [from, to, ...rest] = text.trim().split(/\s*[-–]\s*/);
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const start = parseClock(from);
  const end = parseClock(to);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * Every reason the day cannot be held as given, in the order a lecturer would fix them: the class ends after it
 * starts; at most MAX_BREAKS breaks, each ending after it starts, inside the class, none overlapping another,
 * none ending the day (the class would simply end earlier), and time left to teach outside them.
 */
export function dayProblems(day: DayTimes): DayProblem[] {
  if (day.end <= day.start) {
    return [{ field: 'end', problem: `class ends at ${formatClock(day.end)}, which is not after it starts at ${formatClock(day.start)}` }];
  }
  const problems: DayProblem[] = [];
  const dayLabel = formatSpan(day.start, day.end);
  if (day.breaks.length > MAX_BREAKS) {
    problems.push({ field: 'breaks', index: MAX_BREAKS, problem: `a day has at most ${MAX_BREAKS} breaks, not ${day.breaks.length}` });
  }
  const usable: { pause: DaySpan; index: number }[] = [];
  day.breaks.slice(0, MAX_BREAKS).forEach((pause, index) => {
    const label = `break ${formatSpan(pause.start, pause.end)}`;
    if (pause.end <= pause.start) problems.push({ field: 'breaks', index, problem: `${label} does not end after it starts` });
    else if (pause.start < day.start || pause.end > day.end) {
      problems.push({ field: 'breaks', index, problem: `${label} is not inside the class (${dayLabel})` });
    } else usable.push({ pause, index });
  });
  usable.sort((a, b) => a.pause.start - b.pause.start);
  usable.forEach(({ pause, index }, i) => {
    const previous = usable[i - 1]?.pause;
    if (previous && pause.start < previous.end) {
      const both = `${formatSpan(previous.start, previous.end)} and ${formatSpan(pause.start, pause.end)}`;
      problems.push({ field: 'breaks', index, problem: `breaks ${both} overlap` });
    }
  });
  if (problems.length > 0) return problems;
  const resting = usable.reduce((sum, { pause }) => sum + pause.end - pause.start, 0);
  const last = usable.at(-1);
  if (last && resting >= day.end - day.start) {
    problems.push({
      field: 'breaks',
      index: last.index,
      problem: `the breaks take the whole class (${dayLabel}): no time is left to teach`,
    });
  } else if (last && last.pause.end === day.end) {
    const { start, end } = last.pause;
    problems.push({
      field: 'breaks',
      index: last.index,
      problem: `break ${formatSpan(start, end)} ends the class: end the class at ${formatClock(start)} instead, or move the break`,
    });
  }
  return problems;
}
