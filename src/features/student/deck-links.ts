import type { TimedEntry } from '../../core/agenda';
import type { PageBlocks } from '../../model/deck';

/** A slide as both views name it: its block and its index in the block (`data-block`, `data-slide-index`). */
export interface SlideRef {
  readonly blockId: string;
  readonly slide: number;
}

/** Where a student.html hash points. */
export type LinkTarget = { readonly kind: 'deck'; readonly h: number; readonly v: number } | { readonly kind: 'id'; readonly id: string };

/**
 * `#/5/1/2` is a link copied from the deck (reveal's horizontal, vertical and fragment indices; the fragment does
 * not matter on a page that shows every step); `#/lecture-kernels` and `#lecture-kernels` name a page.
 */
export function parseLink(hash: string): LinkTarget | undefined {
  const text = decodeOrNothing(hash.replace(/^#\/?/, ''));
  if (text === '') return undefined;
  const indices = /^(\d+)(?:\/(\d+))?(?:\/-?\d+)?\/?$/.exec(text);
  if (indices) return { kind: 'deck', h: Number(indices[1]), v: Number(indices[2] ?? 0) };
  return { kind: 'id', id: text };
}

/**
 * The deck's horizontal slides in reveal's order, each the stack of slides it holds, or null for a break's or
 * free time's slide (the page adds those between blocks, in the order of the day plan's entries).
 */
export function deckStacks(deck: PageBlocks, entries: readonly TimedEntry[]): (SlideRef[] | null)[] {
  const stacks: (SlideRef[] | null)[] = [];
  const stackOf = new Map<string, SlideRef[]>();
  for (const block of deck.blocks) {
    let slide = 0;
    for (const stack of block.stacks) {
      const refs = stack.map(() => ({ blockId: block.id, slide: slide++ }));
      for (const ref of refs) stackOf.set(`${ref.blockId}/${String(ref.slide)}`, refs);
    }
  }
  for (const entry of entries) {
    if (entry.kind === 'gap') {
      stacks.push(null);
      continue;
    }
    const refs = stackOf.get(`${entry.blockId}/${String(entry.slide)}`);
    if (refs && refs[0]?.slide === entry.slide) stacks.push(refs);
  }
  return stacks;
}

/**
 * The slide a deck link shows. A break's slide maps to the first slide after it (the pages have no breaks);
 * an index past the end, to nothing.
 */
export function slideAt(stacks: readonly (SlideRef[] | null)[], h: number, v: number): SlideRef | undefined {
  const stack = stacks[h];
  if (stack === undefined) return undefined;
  if (stack === null) return stacks.slice(h + 1).find((s) => s !== null)?.[0];
  return stack[Math.min(v, stack.length - 1)];
}

/** A link cut mid-escape (`#%E0%A4`, pasted from a chat) is no link: the page stays where it is. */
function decodeOrNothing(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
