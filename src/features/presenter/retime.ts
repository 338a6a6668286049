import type { TimedEntry } from '../../core/agenda';
import { sectionTimes, type SectionKey } from './section-times';

/** The deck's timed sections in order, each with what it shows. */
function timedSections(root: ParentNode): { element: HTMLElement; key: SectionKey }[] {
  return [...root.querySelectorAll<HTMLElement>('section[data-timing]')].map((element) => {
    const block = element.dataset.block ?? '';
    const start = element.dataset.gapStart;
    const end = element.dataset.gapEnd;
    if ((block === 'break' || block === 'free') && start !== undefined && end !== undefined) {
      return { element, key: { kind: 'gap', gap: block, start: Number(start), end: Number(end) } };
    }
    // A countdown slide a break splits is on the deck once per part, each with the same slide index.
    const slide = Number(element.dataset.slideIndex);
    return { element, key: { kind: 'slide', blockId: block, slide, part: Number(element.dataset.part ?? 0) } };
  });
}

/**
 * Writes a new plan's seconds into every section's `data-timing` (and free time's clock times into its slide),
 * so the speaker view's pacing, opened after a change, follows the changed day.
 */
export function retimeSections(root: ParentNode, entries: readonly TimedEntry[]): void {
  const sections = timedSections(root);
  const times = sectionTimes(sections.map((s) => s.key), entries);
  sections.forEach(({ element }, index) => {
    element.dataset.timing = String(times.seconds[index] ?? 0);
    const gap = times.gaps[index];
    if (gap) {
      element.dataset.gapStart = String(gap.start);
      element.dataset.gapEnd = String(gap.end);
    }
  });
}
