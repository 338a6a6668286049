import type { TimedEntry } from '../agenda/timing';
import { formatClock } from '../agenda/time';
import type { CompiledSlide, DeckModel } from './model';

/**
 * Writes the slides into reveal's `.slides` element in deck order: one `<section>` per slide (a wrapping
 * `<section>` per vertical stack), each tagged with its agenda block and its seconds for the speaker view's
 * pacing, and a countdown slide for each break or free time.
 */
export function mountDeck(target: HTMLElement, deck: DeckModel, entries: readonly TimedEntry[]): void {
  const html: string[] = [];
  const done = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'gap') {
      html.push(gapSection(entry));
      continue;
    }
    const block = deck.blocks.find((b) => b.id === entry.blockId);
    if (!block || done.has(block.id)) continue;
    done.add(block.id);
    const seconds = entries.filter((e) => e.kind === 'slide' && e.blockId === block.id).map((e) => e.seconds);
    let next = 0;
    for (const stack of block.stacks) {
      const sections = stack.map((slide) => section(slide, block.id, seconds[next++] ?? 0));
      html.push(sections.length === 1 ? (sections[0] ?? '') : `<section data-block="${block.id}">${sections.join('')}</section>`);
    }
  }
  target.innerHTML = html.join('');
}

function section(slide: CompiledSlide, blockId: string, seconds: number): string {
  const countdown = slide.countdown ? ' data-countdown-slide' : '';
  return `<section data-block="${blockId}" data-timing="${seconds}"${countdown}>${slide.html}</section>`;
}

function gapSection(entry: Extract<TimedEntry, { kind: 'gap' }>): string {
  const { item, seconds } = entry;
  const resume = formatClock(item.end);
  const what = item.kind === 'break' ? `Class resumes at ${resume}.` : `Time left over until ${resume}.`;
  return (
    `<section data-block="${item.kind}" data-timing="${seconds}" data-countdown-slide data-gap-start="${item.start}" data-gap-end="${item.end}">` +
    `<h2>${item.title}</h2>` +
    `<div class="countdown" data-countdown><div class="countdown-instructions"><p>${what}</p></div></div>` +
    `<aside class="notes"><p>${item.title} from ${formatClock(item.start)} to ${resume}. The countdown shows the time left; ` +
    `press the right arrow when class resumes.</p></aside></section>`
  );
}
