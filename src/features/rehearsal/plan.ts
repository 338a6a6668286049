import type { DayPlan } from '../../core/agenda/day';
import { itemKind } from '../../model/kinds';
import type { BlockPlan, SlidePlan } from './run';

/** Break and free-time slides rehearse as one block, which a lecturer normally skips. */
const GAP_BLOCKS: Record<string, string> = { break: 'Breaks', free: 'Free time' };

/** The plan a run is measured against: every slide's time as the deck carries it, grouped by block. */
export function rehearsalPlan(slides: readonly HTMLElement[], indices: (s: HTMLElement) => { h: number; v?: number }, day: DayPlan) {
  const slidePlans: SlidePlan[] = slides.map((s) => {
    const { h, v } = indices(s);
    return {
      slide: `${h}/${v ?? 0}`,
      blockId: s.dataset.block ?? 'unknown',
      title: s.querySelector('h1, h2, h3')?.textContent.trim() ?? `Slide ${h + 1}`,
      seconds: Number.parseInt(s.dataset.timing ?? '0', 10) || 0,
    };
  });
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
