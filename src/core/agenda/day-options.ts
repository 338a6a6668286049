/**
 * The handout command's day options (`--start`, `--end`, `--date`, `--break`), checked by the rules the deck
 * applies to its URL and the build to the class file (model/day-rules). The deck warns and falls back; a
 * command that prints 30 copies must not, so every problem here is a refusal, one line naming the option.
 */
import { dayProblems, parseBreak, type DaySpan } from '../../model/day-rules.ts';
import { dateProblem, parseClock, parseDate } from '../../model/time.ts';
import type { ClassTimes } from './params.ts';

export interface DayOptionValues {
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly date?: string | undefined;
  /** As given, in order; empty keeps the class file's breaks, `none` drops them. */
  readonly breaks: readonly string[];
}

export interface CheckedDay {
  readonly start: number;
  readonly end: number;
  readonly breaks: readonly DaySpan[];
  readonly date: string | undefined;
}

export function checkDayOptions(given: DayOptionValues, classDay: ClassTimes): { day: CheckedDay; problems: string[] } {
  const problems: string[] = [];
  const clock = (name: 'start' | 'end', fallback: number): number => {
    const text = given[name];
    if (text === undefined) return fallback;
    const minutes = parseClock(text.trim());
    if (minutes === undefined) problems.push(`--${name} ${JSON.stringify(text)} is not a clock time HH:MM (24-hour, such as 09:00)`);
    return minutes ?? fallback;
  };
  const start = clock('start', classDay.start);
  const end = clock('end', classDay.end);
  const date = given.date === undefined ? classDay.date : parseDate(given.date.trim());
  if (given.date !== undefined && date === undefined)
    problems.push(`--date ${JSON.stringify(given.date)} ${dateProblem(given.date.trim())}`);

  const fromClassFile = given.breaks.length === 0;
  let breaks: readonly DaySpan[] = classDay.breaks;
  if (given.breaks.includes('none')) {
    if (given.breaks.length > 1) problems.push('--break none means no breaks: leave out the other --break options');
    breaks = [];
  } else if (!fromClassFile) {
    breaks = given.breaks.flatMap((text) => {
      const span = parseBreak(text);
      if (!span) problems.push(`--break ${JSON.stringify(text)} is not a time range HH:MM-HH:MM, such as 12:00-12:45, or none`);
      return span ? [span] : [];
    });
  }
  if (problems.length === 0) {
    // Only values that each read right can be held against one another.
    const whose = fromClassFile && breaks.length > 0 ? " (the class file's breaks: --break replaces them, --break none drops them)" : '';
    for (const { field, problem } of dayProblems({ start, end, breaks })) {
      problems.push(field === 'breaks' ? `${problem}${whose}` : `${problem} (--start/--end or the class file)`);
    }
  }
  return { day: { start, end, breaks, date }, problems };
}
