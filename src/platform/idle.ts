/**
 * Runs `run` when the page is next idle (after its frame, between key presses), at the latest after `timeout`
 * ms. Safari has no requestIdleCallback: a short timeout stands in for it there. Returns a cancel.
 */
export function whenIdle(run: () => void, timeout = 1000): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, { timeout });
    return () => {
      window.cancelIdleCallback(id);
    };
  }
  const id = setTimeout(run, 50);
  return () => {
    clearTimeout(id);
  };
}
