import type { DeckModel, PageBlocks } from '../../model/deck';

/**
 * The slides as reveal `<section>` markup, for index.html: content belongs in the document, not in the script,
 * so the page parses it as HTML and the JS carries only what the agenda needs. Each section names its block and
 * its index in the block; the page adds the agenda's times (`data-timing`) and the break slides.
 */
export function deckMarkup(deck: DeckModel): string {
  return deck.blocks
    .map((block) => {
      let index = 0;
      return block.stacks
        .map((stack) => {
          const sections = stack.map((slide) => {
            const countdown = slide.countdown ? ' data-countdown-slide' : '';
            return `<section data-block="${block.id}" data-slide-index="${index++}"${countdown}>${slide.html}</section>`;
          });
          return sections.length === 1 ? sections[0] : `<section data-block="${block.id}">${sections.join('')}</section>`;
        })
        .join('\n');
    })
    .join('\n');
}

/**
 * The deck as the page's scripts read it: each block's agenda fields and each slide's time and title (the
 * rehearsal report names slides by it), stack by stack. Markup, scenes and source lines stay at build time:
 * the page has them in its sections.
 */
export function deckMetadata(deck: DeckModel): PageBlocks {
  return {
    blocks: deck.blocks.map(({ id, title, kind, length, stacks }) => ({
      id,
      title,
      kind,
      length,
      stacks: stacks.map((stack) => stack.map(({ title, seconds, countdown }) => ({ title, seconds, countdown }))),
    })),
  };
}
