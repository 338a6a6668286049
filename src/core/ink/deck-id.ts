import type { PageBlocks } from '../../model/deck';

/**
 * A short name for the deck's slides, for the ink file: blocks and slide titles in order, hashed (FNV-1a, 32
 * bits). Ink drawn on one deck lands on the wrong slides of another, so a file from another deck is refused.
 * Class times and breaks are left out: the same lecture on another day keeps its ink.
 */
export function deckId(deck: PageBlocks): string {
  const shape = deck.blocks.map((block) => [block.id, block.stacks.map((stack) => stack.map((slide) => slide.title))]);
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(shape)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
