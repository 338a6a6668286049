import type { DayTimes } from '../../model/day-rules.ts';
import type { PageBlocks } from '../../model/deck.ts';
import { formatSpan } from '../../model/time.ts';
import { blockSources } from './day.ts';
import { computeSchedule } from './schedule.ts';
import { agendaBlocks } from './timing.ts';

/**
 * Why the slides cannot be taught in this day, or undefined when they can: the schedule's first error, for the
 * build (the class file's day) and the handout command (its options), which refuse such a day; the page only
 * warns, and cuts the day.
 */
export function whyDayCannotHold(deck: PageBlocks, day: DayTimes): string | undefined {
  const result = computeSchedule({ blocks: agendaBlocks(blockSources(deck)), start: day.start, end: day.end, breaks: day.breaks });
  if (result.ok) return undefined;
  return (
    `the slides do not fit in the class day (${formatSpan(day.start, day.end)}): ${result.errors[0] ?? ''}; ` +
    'end the class later, start it earlier, or shorten a break'
  );
}
