const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether motion is allowed right now, read at every step (the setting can change while the deck is open);
 * `onReduce` runs when the reader turns motion off, so anything still moving can be finished at once.
 */
export function watchMotion(onReduce: () => void): () => boolean {
  const query = window.matchMedia(QUERY);
  query.addEventListener('change', (event) => {
    if (event.matches) onReduce();
  });
  return () => !query.matches;
}
