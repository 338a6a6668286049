import { SlideError } from './errors.ts';
import type { Key } from './front-matter.ts';
import type { CompiledBlock } from '../../model/deck.ts';

/** A compiled block with the lines of its front-matter keys, for messages about the deck as a whole. */
export interface LocatedBlock {
  block: CompiledBlock;
  keyLines: Partial<Record<Key, number>>;
}

/**
 * What no single file shows: block ids must differ, and only one block can run until a time before the end of
 * class (the agenda gives it whatever the others leave; a second one has nothing left to take).
 */
export function checkDeck(blocks: readonly LocatedBlock[]): void {
  const seen = new Map<string, string>();
  let flexible: CompiledBlock | undefined;
  for (const { block, keyLines } of blocks) {
    const other = seen.get(block.id);
    if (other !== undefined) throw new SlideError(block.file, keyLines.block ?? 2, `block id "${block.id}" is already used by ${other}`);
    seen.set(block.id, block.file);
    if (block.length.type !== 'until-before-end') continue;
    if (flexible) {
      throw new SlideError(
        block.file,
        keyLines['until-before-end'] ?? 2,
        `only one block can run "until-before-end", and ${flexible.file} ("${flexible.title}") already does: give this block "minutes"`,
      );
    }
    flexible = block;
  }
}
