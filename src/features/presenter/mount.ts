import type { TimedEntry } from '../../core/agenda/timing';
import { formatClock } from '../../model/time';

/**
 * Puts the agenda's times on the slides index.html already holds: `data-timing` (seconds, for the speaker
 * view's pacing) on every slide, a countdown slide for each break or free time where the plan puts it, and
 * a copy of a countdown slide a break splits, after the break (`data-part` 1, 2, ...).
 */
export function timeDeck(slides: HTMLElement, entries: readonly TimedEntry[]): void {
  const sections = [...slides.querySelectorAll<HTMLElement>('section[data-slide-index]')];
  let after: Element | null = null;
  const place = (element: Element): void => {
    if (after) after.after(element);
    else slides.prepend(element);
    after = element;
  };
  for (const entry of entries) {
    if (entry.kind === 'gap') {
      place(gapSection(entry));
      continue;
    }
    const section = sections.find((s) => s.dataset.block === entry.blockId && s.dataset.slideIndex === String(entry.slide));
    if (!section) continue;
    if (entry.part !== undefined && entry.part > 0) {
      const copy = section.cloneNode(true) as HTMLElement;
      Object.assign(copy.dataset, { timing: String(entry.seconds), part: String(entry.part) });
      place(copy);
      continue;
    }
    section.dataset.timing = String(entry.seconds);
    // A gap goes after the horizontal slide (the whole vertical stack) the slide is on, or after what was
    // placed last when that comes later (a copy placed after the stack).
    const anchor = section.parentElement?.tagName === 'SECTION' ? section.parentElement : section;
    if (!after || anchor.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_PRECEDING) after = anchor;
  }
}

function gapSection(entry: Extract<TimedEntry, { kind: 'gap' }>): HTMLElement {
  const { item, seconds } = entry;
  const resume = formatClock(item.end);
  const what = item.kind === 'break' ? `Class resumes at ${resume}.` : `Time left over until ${resume}.`;
  // The title comes from the class file: text, never markup.
  const title = item.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const section = document.createElement('section');
  Object.assign(section.dataset, { block: item.kind, timing: String(seconds), countdownSlide: '', gapStart: String(item.start), gapEnd: String(item.end) });
  section.innerHTML =
    `<h2>${title}</h2>` +
    `<div class="countdown" data-countdown><div class="countdown-instructions"><p>${what}</p></div></div>` +
    `<aside class="notes"><p>${title} from ${formatClock(item.start)} to ${resume}. The countdown shows the time left; ` +
    `press the right arrow when class resumes.</p></aside>`;
  return section;
}
