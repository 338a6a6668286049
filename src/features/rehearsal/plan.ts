import type { DayPlan } from '../../core/agenda/day';
import type { PageBlocks } from '../../model/deck';
import { itemKind } from '../../model/kinds';
import { gapSections, isSlideSection, PLANNED_SECTIONS } from '../../platform/sections';
import type { BlockPlan, SlidePlan } from './run';

/** Break and free-time slides rehearse as one block, which a lecturer normally skips. */
const GAP_BLOCKS: Record<string, string> = { break: 'Breaks', free: 'Free time' };

/** Where reveal put a slide: `h/v`. */
export type SlidePosition = (section: HTMLElement) => string;

/**
 * The plan a run is measured against: every slide's seconds and title from the day plan and the slide files,
 * grouped by block. Only where each slide sits (`h/v`, the run's key) is reveal's to say; `root` holds the
 * deck's sections.
 */
export function rehearsalPlan(day: DayPlan, content: PageBlocks, root: ParentNode, position: SlidePosition) {
  const sections = [...root.querySelectorAll<HTMLElement>(PLANNED_SECTIONS)];
  const gaps = { break: gapSections(root, 'break'), free: gapSections(root, 'free') };
  const titles = new Map(content.blocks.map((b) => [b.id, b.stacks.flat().map((slide) => slide.title)]));
  const slidePlans: SlidePlan[] = [];
  const add = (section: HTMLElement | undefined, blockId: string, title: string | undefined, seconds: number): void => {
    if (!section) return;
    const slide = position(section);
    slidePlans.push({ slide, blockId, title: title || `Slide ${Number(slide.split('/')[0]) + 1}`, seconds });
  };
  for (const entry of day.entries) {
    if (entry.kind === 'gap') {
      // The deck has a slide per break or free time, in the plan's order.
      const kind = entry.item.kind;
      add(gaps[kind].shift(), kind, entry.item.title, entry.seconds);
      continue;
    }
    const section = sections.find((s) => isSlideSection(s, entry.blockId, entry.slide, entry.part ?? 0));
    add(section, entry.blockId, titles.get(entry.blockId)?.[entry.slide], entry.seconds);
  }
  const blocks: BlockPlan[] = [];
  for (const s of slidePlans) {
    if (blocks.some((b) => b.id === s.blockId)) continue;
    const scheduled = day.schedule.blocks.find((b) => b.id === s.blockId);
    const seconds = slidePlans.filter((x) => x.blockId === s.blockId).reduce((a, x) => a + x.seconds, 0);
    const kind = scheduled?.kind ?? (s.blockId in GAP_BLOCKS ? 'break' : 'lecture');
    const flexible = day.flexibleBlockId === s.blockId;
    blocks.push({
      id: s.blockId,
      title: scheduled?.title ?? GAP_BLOCKS[s.blockId] ?? s.blockId,
      kind,
      seconds,
      flexible,
      minSeconds: flexible ? day.flexibleMinMinutes * 60 : seconds,
    });
  }
  return { blocks, slides: slidePlans };
}

/** Blocks a rehearsal skips unless the lecturer says otherwise: practice time and breaks are not rehearsed. */
export function skippedByDefault(blocks: readonly BlockPlan[]): string[] {
  return blocks.filter((b) => itemKind(b.kind)?.skippedInRehearsal === true).map((b) => b.id);
}
