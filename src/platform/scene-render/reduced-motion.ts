import type { Disposer } from '../feature';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether motion is allowed right now, read at every step (the setting can change while the deck is open);
 * `onReduce` runs when the reader turns motion off, so anything still moving can be finished at once. The
 * listener goes when `owner` is disposed.
 */
export function watchMotion(onReduce: () => void, owner: Pick<Disposer, 'listen'>): () => boolean {
  const query = window.matchMedia(QUERY);
  owner.listen(query, 'change', (event) => {
    if ((event as MediaQueryListEvent).matches) onReduce();
  });
  return () => !query.matches;
}
