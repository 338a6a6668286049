import { resolve } from 'node:path';
import { classFilePath, loadClassFile } from '../../src/compiler/deck/class-file.ts';
import { loadDeck } from '../../src/compiler/deck/load.ts';
import { deckMetadata } from '../../src/compiler/deck/markup.ts';
import { isGap, readAgendaParams, type ScheduledBlock, type ScheduleItem } from '../../src/core/agenda';
import { planDay, type DayPlan } from '../../src/core/agenda/day';
import { SCENE_CATALOG } from '../../src/core/scenes/registry.ts';
import type { PageDeck } from '../../src/model/deck.ts';

/**
 * The day the built deck plans, computed here from the same slide files with the same pure functions the page
 * runs: the agenda tests expect what the plan says, never today's clock times, so a lecturer can change a
 * slide's minutes, add a slide or a scene, and the tests still hold. SLIDES_DIR is the folder the deck under
 * test was built from (vite.config.ts reads the same variable).
 */
export function pageDeck(slides = process.env.SLIDES_DIR ?? 'slides'): PageDeck {
  const root = process.cwd();
  const dir = resolve(root, slides);
  const known = compiled.get(dir);
  if (known) return known;
  const { deck } = loadDeck(root, dir, SCENE_CATALOG);
  const page = { ...deckMetadata(deck), classDay: loadClassFile(root, classFilePath(root, dir)) };
  compiled.set(dir, page);
  return page;
}

/** Compiling the slides takes seconds (code highlighting): once per folder and worker. */
const compiled = new Map<string, PageDeck>();

export interface PlannedDay {
  readonly deck: PageDeck;
  readonly plan: DayPlan;
  /** The block's first and last minute, breaks inside it included. */
  span(blockId: string): ScheduledBlock;
  /** The item after the block's last stretch: what its countdown names as next. */
  after(blockId: string): ScheduleItem | undefined;
  /** The countdown slide's planned window: from the minute the plan reaches it to the minute it leaves it. */
  countdownWindow(blockId: string): { start: number; end: number; seconds: number };
  /** The first block with a countdown slide and a fixed length (a practice), and the one flexible block. */
  readonly practice: string;
  readonly flexible: string;
}

/** The plan for a page opened with `query` (`?start=08:30&end=16:00`), with the lecturer's +/- `adjustments` (minutes by block). */
export function plannedDay(query = '', deck = pageDeck(), adjustments: Readonly<Record<string, number>> = {}): PlannedDay {
  const { options } = readAgendaParams(new URLSearchParams(query), deck.classDay);
  const plan = planDay(deck, options, adjustments);
  const { items, blocks } = plan.schedule;
  const span = (blockId: string) => {
    const block = blocks.find((b) => b.id === blockId);
    if (!block) throw new Error(`${blockId} is not on the planned day`);
    return block;
  };
  return {
    deck,
    plan,
    span,
    after(blockId) {
      const stretches = items.flatMap((item, i) => (!isGap(item) && item.blockId === blockId ? [i] : []));
      return items[(stretches.at(-1) ?? items.length) + 1];
    },
    countdownWindow(blockId) {
      const slide = countdownSlide(deck, blockId);
      let seconds = 0;
      for (const entry of plan.entries) {
        if (entry.kind === 'slide' && entry.blockId === blockId && entry.slide === slide && !entry.part) {
          const start = plan.schedule.start + seconds / 60;
          return { start, end: start + entry.seconds / 60, seconds: entry.seconds };
        }
        seconds += entry.seconds;
      }
      throw new Error(`${blockId} has no countdown slide on the planned day`);
    },
    practice: practiceBlock(deck),
    flexible: plan.flexibleBlockId ?? fail('the deck has no flexible block'),
  };
}

const fail = (message: string): never => {
  throw new Error(message);
};

const countdownSlide = (deck: PageDeck, blockId: string): number =>
  deck.blocks
    .find((b) => b.id === blockId)
    ?.stacks.flat()
    .findIndex((slide) => slide.countdown) ?? -1;

const practiceBlock = (deck: PageDeck): string =>
  deck.blocks.find((b) => b.length.type === 'fixed' && countdownSlide(deck, b.id) >= 0)?.id ??
  fail('the deck has no block of fixed length with a countdown slide');

/** The first whole minute at or after `minutes`: the clock a test sets with ?now= and the page's frozen clock. */
export const wholeMinute = (minutes: number): number => Math.ceil(minutes);
