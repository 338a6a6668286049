import type { PageBlocks } from '../../model/deck.ts';
import { AGENDA_DEFAULTS } from '../../model/config.ts';
import type { AgendaOptions } from './params.ts';
import type { Schedule, ScheduleInput } from './model.ts';
import { nearestSaneSchedule } from './schedule.ts';
import { agendaBlocks, slideTimings, type BlockSlides, type TimedEntry } from './timing.ts';

export interface DayPlan {
  readonly schedule: Schedule;
  /** Deck order: every block's slides with their seconds, and a slide per break or free time. */
  readonly entries: readonly TimedEntry[];
  readonly totalSeconds: number;
  /** The block that runs until a clock time, absorbing what the others overrun, and its shortest length. */
  readonly flexibleBlockId: string | null;
  readonly flexibleMinMinutes: number;
  readonly warnings: readonly string[];
}

/** The slide files' blocks as the agenda reads them: their slides flattened in deck order. */
export function blockSources(deck: PageBlocks): BlockSlides[] {
  return deck.blocks.map(({ id, title, kind, length, stacks }) => ({
    id,
    title,
    kind,
    length,
    slides: stacks.flat().map((slide) => ({ seconds: slide.seconds ?? undefined, countdown: slide.countdown })),
  }));
}

/** What every plan of one day starts from: the deck's blocks, derived once, and the class times. */
export interface DayInput extends Omit<ScheduleInput, 'adjustments'> {
  readonly sources: readonly BlockSlides[];
}

export function dayInput(deck: PageBlocks, options: AgendaOptions): DayInput {
  const sources = blockSources(deck);
  return { sources, blocks: agendaBlocks(sources), start: options.start, end: options.end, breaks: options.breaks };
}

/**
 * The class day for this deck: schedule and per-slide seconds. Never fails: an impossible day becomes the
 * nearest sane one, with warnings saying what was changed. A day re-planned many times passes its `input`.
 */
export function planDay(
  deck: PageBlocks,
  options: AgendaOptions,
  adjustments: Readonly<Record<string, number>> = {},
  input: DayInput = dayInput(deck, options),
): DayPlan {
  const { sources, ...times } = input;
  const { schedule, warnings } = nearestSaneSchedule({ ...times, adjustments });
  const timings = slideTimings(sources, schedule);
  const flexible = deck.blocks.find((b) => b.length.type === 'until-before-end');
  const minMinutes = flexible?.length.type === 'until-before-end' ? flexible.length.minMinutes : undefined;
  return {
    schedule,
    entries: timings.entries,
    totalSeconds: timings.totalSeconds,
    flexibleBlockId: flexible?.id ?? null,
    flexibleMinMinutes: minMinutes ?? AGENDA_DEFAULTS.minFlexibleMinutes,
    warnings: [...warnings, ...timings.warnings],
  };
}
