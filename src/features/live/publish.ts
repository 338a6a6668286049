import type { Position } from '../../model/live';
import { stepShown } from '../../platform/read-step';
import type { Deck } from '../../platform/reveal';

/** Where the deck is: slide and step, the step read as the scenes read it (the highest visible fragment). */
export function deckPosition(deck: Pick<Deck, 'getIndices' | 'getCurrentSlide'>): Position {
  const { h, v } = deck.getIndices();
  return { h, v: v ?? 0, f: stepShown(deck.getCurrentSlide()) };
}

/**
 * Sends at most one position per `gapMs` and always the last one: a lecturer who holds an arrow key stays
 * within the server's rate limit, and the students end on the slide the lecturer ended on.
 */
export function throttled(send: (position: Position) => void, gapMs: number, now = () => performance.now()) {
  let last = -Infinity;
  let pending: Position | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    timer = undefined;
    if (!pending) return;
    last = now();
    const position = pending;
    pending = undefined;
    send(position);
  };
  return {
    push(position: Position): void {
      pending = position;
      if (timer !== undefined) return;
      const wait = last + gapMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
