import type { CompiledSlide, DeckModel } from './model';

/** Seconds a slide gets in the speaker view's pacing, decided by the agenda. */
export type SlideTiming = (slide: CompiledSlide, blockId: string) => number;

/**
 * Writes the compiled slides into reveal's `.slides` element, one `<section>` per slide and a wrapping
 * `<section>` per vertical stack, each tagged with its agenda block and time.
 */
export function mountDeck(target: HTMLElement, deck: DeckModel, timing: SlideTiming): void {
  const html = deck.blocks
    .flatMap((block) =>
      block.stacks.map((stack) => {
        const sections = stack.map((slide) => section(slide, block.id, timing(slide, block.id)));
        return sections.length === 1 ? sections[0] : `<section data-block="${block.id}">${sections.join('')}</section>`;
      }),
    )
    .join('');
  target.innerHTML = html;
}

function section(slide: CompiledSlide, blockId: string, seconds: number): string {
  const countdown = slide.countdown ? ' data-countdown-slide' : '';
  return `<section data-block="${blockId}" data-timing="${Math.round(seconds)}"${countdown}>${slide.html}</section>`;
}
