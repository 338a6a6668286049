import { AGENDA_DEFAULTS } from '../../model/config.ts';
import type { BlockLength } from '../../model/deck.ts';
import { isGap, type AgendaBlock, type GapItem, type Schedule, type ScheduleItem } from './model.ts';
import { toSeconds } from './plan.ts';
import { formatLengthMinutes } from '../../model/time.ts';

export interface SlideTime {
  /** The slide's own time; undefined when its notes give none. */
  readonly seconds: number | undefined;
  /** The slide holds its block's countdown, so it carries whatever time the block's other slides leave. */
  readonly countdown: boolean;
}

/** A block as the slide files give it: a lecture may last as long as its slides (`{ type: 'slides' }`). */
export interface BlockSlides extends Omit<AgendaBlock, 'length'> {
  readonly length: BlockLength;
  readonly slides: readonly SlideTime[];
}

export type TimedEntry =
  | {
      readonly kind: 'slide';
      readonly blockId: string;
      readonly slide: number;
      readonly seconds: number;
      /** Which stretch of a countdown slide a break splits (0, 1, ...): the deck shows the slide once per stretch. */
      readonly part?: number;
    }
  | { readonly kind: 'gap'; readonly item: GapItem; readonly seconds: number };

export interface SlideTimings {
  /**
   * In deck order: each block's slides, and a slide per break or free time where the clock puts it: after the
   * slide it interrupts, or inside a countdown slide, which then appears again after the break.
   */
  readonly entries: readonly TimedEntry[];
  /** The class length when every scheduled block has slides: reveal's `totalTime`. */
  readonly totalSeconds: number;
  readonly warnings: readonly string[];
}

const ownSeconds = (slide: SlideTime): number => Math.round(slide.seconds ?? AGENDA_DEFAULTS.untimedSlideSeconds);

/** The blocks to schedule. */
export function agendaBlocks(sources: readonly BlockSlides[]): AgendaBlock[] {
  return sources.map(({ slides, length, ...block }) => ({
    ...block,
    length: length.type === 'slides' ? { type: 'fixed', minutes: slides.reduce((sum, slide) => sum + ownSeconds(slide), 0) / 60 } : length,
  }));
}

/**
 * Seconds for every slide (reveal's `data-timing` wants whole seconds), so that each block's slides fill its
 * scheduled time exactly: timed slides keep their times; the countdown slide, or else the untimed slides, share
 * the rest. `schedule` must come from `agendaBlocks(sources)`.
 */
export function slideTimings(sources: readonly BlockSlides[], schedule: Schedule): SlideTimings {
  const warnings: string[] = [];
  const entries: TimedEntry[] = [];
  const gaps = schedule.items.filter(isGap);
  let nextGap = 0;
  const gapsUntil = (time: number): void => {
    for (let gap = gaps[nextGap]; gap && gap.end <= time; gap = gaps[++nextGap]) {
      entries.push({ kind: 'gap', item: gap, seconds: seconds(gap) });
    }
  };

  for (const block of sources) {
    const items = schedule.items.filter((item) => !isGap(item) && item.blockId === block.id);
    const first = items[0];
    if (first) gapsUntil(first.start);
    const total = items.reduce((sum, item) => sum + seconds(item), 0);
    if (block.slides.length === 0 && total > 0) {
      warnings.push(`"${block.title}" has no slides, so its ${formatLengthMinutes(total / 60)} are on none`);
    }
    const shares = share(block.slides, total);
    if (shares.squeezed) {
      warnings.push(
        `the timed slides of "${block.title}" need more than its ${formatLengthMinutes(total / 60)}; ` +
          'all its slides are shortened in proportion',
      );
    }
    placeSlides(block, shares.seconds, items, entries, gapsUntil);
  }
  gapsUntil(Infinity);
  return { entries, totalSeconds: entries.reduce((sum, entry) => sum + entry.seconds, 0), warnings };
}

/**
 * A block's slides in deck order, with the breaks inside it where its work reaches them: a break that begins
 * during a countdown slide splits it (the countdown, the break, the countdown again), and one that begins
 * during any other slide follows that slide.
 */
function placeSlides(
  block: BlockSlides,
  shares: readonly number[],
  items: readonly ScheduleItem[],
  entries: TimedEntry[],
  gapsUntil: (time: number) => void,
): void {
  // Seconds of the block's work after which a break interrupts it, and the clock time work resumes.
  const cuts: { at: number; resumes: number }[] = [];
  let work = 0;
  for (const [i, item] of items.entries()) {
    work += seconds(item);
    const following = items[i + 1];
    if (following) cuts.push({ at: work, resumes: following.start });
  }
  let next = 0;
  let at = 0;
  shares.forEach((share, slide) => {
    for (let cut = cuts[next]; cut && cut.at <= at; cut = cuts[++next]) gapsUntil(cut.resumes);
    let from = at;
    let part = 0;
    if (block.slides[slide]?.countdown) {
      for (let cut = cuts[next]; cut && cut.at < at + share; cut = cuts[++next]) {
        entries.push({ kind: 'slide', blockId: block.id, slide, seconds: cut.at - from, part: part++ });
        from = cut.at;
        gapsUntil(cut.resumes);
      }
    }
    const whole = { kind: 'slide', blockId: block.id, slide, seconds: at + share - from } as const;
    entries.push(part > 0 ? { ...whole, part } : whole);
    at += share;
  });
}

/** Whole seconds, rounded at both ends, so that items' seconds add up to the class exactly. */
const seconds = (item: ScheduleItem): number => toSeconds(item.end) - toSeconds(item.start);

function share(slides: readonly SlideTime[], total: number): { seconds: number[]; squeezed: boolean } {
  const countdowns = slides.some((slide) => slide.countdown);
  const takesRest = (slide: SlideTime): boolean => (countdowns ? slide.countdown : slide.seconds === undefined);
  const takers = slides.filter(takesRest);
  const kept = slides.reduce((sum, slide) => sum + (takesRest(slide) ? 0 : ownSeconds(slide)), 0);
  if (takers.length > 0 && kept <= total) {
    const rests = apportion(
      takers.map(() => 1),
      total - kept,
    );
    let next = 0;
    return {
      seconds: slides.map((slide) => (takesRest(slide) ? (rests[next++] ?? 0) : ownSeconds(slide))),
      squeezed: false,
    };
  }
  // Nothing can take the difference, or the timed slides alone overrun: every slide moves in proportion.
  return { seconds: apportion(slides.map(ownSeconds), total), squeezed: total > 0 && kept > total };
}

/** `total` split in proportion to `weights`, in whole numbers that add up to it (largest remainder). */
function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w * total) / sum : total / weights.length));
  const result = exact.map(Math.floor);
  const left = total - result.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder.slice(0, left)) result[i] = (result[i] ?? 0) + 1;
  return result;
}
