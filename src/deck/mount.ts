import type { TimedEntry } from '../agenda/timing';
import { formatClock } from '../agenda/time';

/**
 * Puts the agenda's times on the slides index.html already holds: `data-timing` (seconds, for the speaker
 * view's pacing) on every slide, and a countdown slide for each break or free time after the block it follows.
 */
export function timeDeck(slides: HTMLElement, entries: readonly TimedEntry[]): void {
  const sections = [...slides.querySelectorAll<HTMLElement>('section[data-slide-index]')];
  let after: Element | null = null;
  for (const entry of entries) {
    if (entry.kind === 'gap') {
      const gap = gapSection(entry);
      if (after) after.after(gap);
      else slides.prepend(gap);
      after = gap;
      continue;
    }
    const section = sections.find((s) => s.dataset.block === entry.blockId && s.dataset.slideIndex === String(entry.slide));
    if (!section) continue;
    section.dataset.timing = String(entry.seconds);
    // A gap goes after the horizontal slide (the whole vertical stack) the block ends on.
    after = section.parentElement?.tagName === 'SECTION' ? section.parentElement : section;
  }
}

function gapSection(entry: Extract<TimedEntry, { kind: 'gap' }>): HTMLElement {
  const { item, seconds } = entry;
  const resume = formatClock(item.end);
  const what = item.kind === 'break' ? `Class resumes at ${resume}.` : `Time left over until ${resume}.`;
  const section = document.createElement('section');
  Object.assign(section.dataset, { block: item.kind, timing: String(seconds), countdownSlide: '', gapStart: String(item.start), gapEnd: String(item.end) });
  section.innerHTML =
    `<h2>${item.title}</h2>` +
    `<div class="countdown" data-countdown><div class="countdown-instructions"><p>${what}</p></div></div>` +
    `<aside class="notes"><p>${item.title} from ${formatClock(item.start)} to ${resume}. The countdown shows the time left; ` +
    `press the right arrow when class resumes.</p></aside>`;
  return section;
}
