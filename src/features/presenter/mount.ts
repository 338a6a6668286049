import type { TimedEntry } from '../../core/agenda/timing';
import { formatClock } from '../../model/time';
import { readSection, TIMED_SECTIONS, writeGap, writePart, writeTiming } from '../../platform/sections';
import { sectionTimes, type SectionKey } from './section-times';

/**
 * The day plan on the slides: the one place `data-timing` (seconds, for the speaker view's pacing) is written.
 * `timeDeck` runs once, before reveal starts; `retimeSections` after every change to the day.
 */

/**
 * Gives the slides index.html already holds the plan's shape, a countdown slide for each break or free time
 * where the plan puts it and a copy of a countdown slide a break splits, after the break (`data-part` 1, 2, ...),
 * then their times. Reveal adds no slides once it runs, so later plans only retime these.
 */
export function timeDeck(slides: HTMLElement, entries: readonly TimedEntry[]): void {
  // Each slide's section, read once: a search per plan entry read every section's data again (60 x 60).
  const sections = new Map<string, HTMLElement>();
  for (const section of slides.querySelectorAll<HTMLElement>('section[data-slide-index]')) {
    const mark = readSection(section);
    const key = mark?.kind === 'slide' && mark.part === 0 ? slideKey(mark.blockId, mark.slide) : undefined;
    if (key !== undefined && !sections.has(key)) sections.set(key, section);
  }
  let after: Element | null = null;
  const place = (element: Element): void => {
    if (after) after.after(element);
    else slides.prepend(element);
    after = element;
  };
  for (const [i, entry] of entries.entries()) {
    if (entry.kind === 'gap') {
      place(gapSection(entry, entries[i + 1]));
      continue;
    }
    const section = sections.get(slideKey(entry.blockId, entry.slide));
    if (!section) continue;
    if (entry.part !== undefined && entry.part > 0) {
      const copy = section.cloneNode(true) as HTMLElement;
      writePart(copy, entry.part);
      place(copy);
      continue;
    }
    // A gap goes after the horizontal slide (the whole vertical stack) the slide is on, or after what was
    // placed last when that comes later (a copy placed after the stack).
    const anchor = section.parentElement?.tagName === 'SECTION' ? section.parentElement : section;
    if (!after || anchor.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_PRECEDING) after = anchor;
  }
  retimeSections(slides, entries);
}

/**
 * Writes a plan's seconds into every timed section's `data-timing` (and free time's clock times into its slide),
 * so the speaker view's pacing, opened after a change, follows the changed day.
 */
export function retimeSections(root: ParentNode, entries: readonly TimedEntry[]): void {
  const sections = timedSections(root);
  const times = sectionTimes(
    sections.map((s) => s.key),
    entries,
  );
  sections.forEach(({ element }, index) => {
    writeTiming(element, times.seconds[index] ?? 0);
    const gap = times.gaps[index];
    if (gap) writeGap(element, gap.kind, gap.start, gap.end);
  });
}

/** The deck's timed sections in order, each with what it shows. */
function timedSections(root: ParentNode): { element: HTMLElement; key: SectionKey }[] {
  return [...root.querySelectorAll<HTMLElement>(TIMED_SECTIONS)].map((element) => {
    const mark = readSection(element);
    if (mark?.kind === 'gap' && mark.start !== undefined && mark.end !== undefined) {
      return { element, key: { kind: 'gap', gap: mark.gap, start: mark.start, end: mark.end } };
    }
    // A countdown slide a break splits is on the deck once per part, each with the same slide index.
    const slide = mark?.kind === 'slide' ? mark : undefined;
    return {
      element,
      key: {
        kind: 'slide',
        blockId: mark?.kind === 'gap' ? mark.gap : (mark?.blockId ?? ''),
        slide: slide?.slide ?? NaN,
        part: slide?.part ?? 0,
      },
    };
  });
}

const slideKey = (blockId: string, slide: number | undefined): string => `${blockId}#${String(slide)}`;

function gapSection(entry: Extract<TimedEntry, { kind: 'gap' }>, following: TimedEntry | undefined): HTMLElement {
  const { item } = entry;
  const resume = formatClock(item.end);
  // Class resumes only if a block follows: touching breaks, or a break that ends the day, say what does.
  const then = following === undefined ? `Class ends at ${resume}.` : following.kind === 'gap' ? `Then ${following.item.title}.` : '';
  const what = item.kind === 'break' ? then || `Class resumes at ${resume}.` : `Time left over until ${resume}.`;
  // The title comes from the class file: text, never markup.
  const title = item.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const section = document.createElement('section');
  section.dataset.countdownSlide = '';
  writeGap(section, item.kind, item.start, item.end);
  section.innerHTML =
    `<h2>${title}</h2>` +
    `<div class="countdown" data-countdown><div class="countdown-instructions"><p>${what}</p></div></div>` +
    `<aside class="notes"><p>${title} from ${formatClock(item.start)} to ${resume}. The countdown shows the time left; ` +
    `press the right arrow when class resumes.</p></aside>`;
  return section;
}
