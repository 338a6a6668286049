import { isGap, type Schedule, type TimedEntry } from '../../core/agenda';
import { toSeconds } from '../../core/agenda/plan';
import { workBetween } from '../../core/agenda/spans';

/** What the slide on screen is: a block's n-th slide, or a break or free time with its clock times. */
export type Shown =
  | { readonly blockId: string; readonly slide?: number; readonly part?: number }
  | { readonly gapTitle: string; readonly start?: number; readonly end?: number };

/** Where the plan puts a slide: its clock times (minutes since midnight) and its share in seconds. */
export interface SlideWindow {
  readonly start: number;
  readonly end: number;
  readonly seconds: number;
}

/**
 * The plan's window for the slide on screen: a block's slides follow each other through the block's stretches
 * (a break inside the block is skipped), each taking its `data-timing` share. Undefined when the plan does not
 * know the slide; a block's slide without its index gets the whole block.
 */
export function slideWindow(schedule: Schedule, entries: readonly TimedEntry[], shown: Shown): SlideWindow | undefined {
  if ('gapTitle' in shown) {
    if (shown.start === undefined || shown.end === undefined || shown.end <= shown.start) return undefined;
    return { start: shown.start, end: shown.end, seconds: toSeconds(shown.end) - toSeconds(shown.start) };
  }
  const stretches = schedule.items.filter((item) => !isGap(item) && item.blockId === shown.blockId);
  const slides = entries.flatMap((entry) => (entry.kind === 'slide' && entry.blockId === shown.blockId ? [entry] : []));
  if (stretches.length === 0) return undefined;
  const work = stretches.reduce((sum, item) => sum + toSeconds(item.end) - toSeconds(item.start), 0);
  const index = shown.slide;
  // A slide a break splits has an entry per part, in the plan's order: the part on screen is the one to time.
  const at = index === undefined ? -1 : slides.findIndex((entry) => entry.slide === index && (entry.part ?? 0) === (shown.part ?? 0));
  const own = slides[at];
  if (index !== undefined && !own) return undefined;
  const before = slides.slice(0, Math.max(at, 0)).reduce((sum, entry) => sum + entry.seconds, 0);
  const seconds = own ? own.seconds : work;
  return { start: clockAt(stretches, before, 'start'), end: clockAt(stretches, before + seconds, 'end'), seconds };
}

/**
 * The clock time `work` seconds into the stretches. A slide that starts exactly where a stretch ends starts
 * after the break; one that ends there ends before it.
 */
function clockAt(stretches: readonly { start: number; end: number }[], work: number, edge: 'start' | 'end'): number {
  let left = work;
  for (const item of stretches) {
    const from = toSeconds(item.start);
    const length = toSeconds(item.end) - from;
    if (left < length || (edge === 'end' && left <= length)) return (from + left) / 60;
    left -= length;
  }
  const last = stretches.at(-1);
  return last ? (toSeconds(last.end) + left) / 60 : 0;
}

/**
 * How far the lecture is ahead of the plan (positive minutes) or behind it (negative), by the slide on screen:
 * 0 while the clock is inside the slide's window, else the working time to its start or since its end. Break
 * time does not count, so the first slide after lunch, shown just before lunch, reads a few minutes ahead.
 */
export function minutesAheadOf(schedule: Schedule, window: SlideWindow, minutes: number): number {
  const breaks = schedule.items.filter((item) => item.kind === 'break');
  if (minutes < window.start) return workBetween(minutes, window.start, breaks);
  if (minutes > window.end) return -workBetween(window.end, minutes, breaks);
  return 0;
}
