import type { GapItem, TimedEntry } from '../../core/agenda';
import { sameClockTime } from '../../model/time';

/** How a timed `<section>` of the mounted deck says what it is. */
export type SectionKey =
  | { readonly kind: 'slide'; readonly blockId: string; readonly slide: number; readonly part?: number }
  | { readonly kind: 'gap'; readonly gap: GapItem['kind']; readonly start: number; readonly end: number };

export interface SectionTimes {
  /** Seconds per section, in the order given. */
  readonly seconds: readonly number[];
  /** For each gap section, the gap of the new plan it now shows (free time moves when blocks change). */
  readonly gaps: readonly (GapItem | undefined)[];
}

/**
 * A new plan's seconds for the sections the deck already shows; slides are never added or moved once reveal
 * runs. A slide is its block's n-th (and, split by a break, its n-th part); a break keeps its clock times; free time is matched in order. Time the plan
 * gives to a gap with no slide (free time a shortened block left) goes to the slide before it, the one on screen
 * then, so the sections still add up to the class.
 */
export function sectionTimes(sections: readonly SectionKey[], entries: readonly TimedEntry[]): SectionTimes {
  const seconds = sections.map(() => 0);
  const gaps: (GapItem | undefined)[] = sections.map(() => undefined);
  const freeSections = sections.flatMap((key, index) => (key.kind === 'gap' && key.gap === 'free' ? [index] : []));
  let freeSeen = 0;
  let previous: number | undefined;
  let orphan = 0;
  for (const entry of entries) {
    let index: number;
    if (entry.kind === 'slide') {
      const part = entry.part ?? 0;
      index = sections.findIndex(
        (key) => key.kind === 'slide' && key.blockId === entry.blockId && key.slide === entry.slide && (key.part ?? 0) === part,
      );
    } else if (entry.item.kind === 'free') {
      index = freeSections[freeSeen++] ?? -1;
    } else {
      const { start, end } = entry.item;
      index = sections.findIndex(
        (key) => key.kind === 'gap' && key.gap === 'break' && sameClockTime(key.start, start) && sameClockTime(key.end, end),
      );
    }
    if (index < 0) {
      if (previous === undefined) orphan += entry.seconds;
      else seconds[previous] = (seconds[previous] ?? 0) + entry.seconds;
      continue;
    }
    seconds[index] = (seconds[index] ?? 0) + entry.seconds + orphan;
    orphan = 0;
    if (entry.kind === 'gap') gaps[index] = entry.item;
    previous = index;
  }
  return { seconds, gaps };
}
