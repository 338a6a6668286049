/** A message to a copy of the deck, as reveal's speaker view posts it: `{"method":"setState","args":[…]}` as JSON. */
function methodOf(data: unknown): string | undefined {
  if (typeof data !== 'string' || !data.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(data);
    return typeof parsed === 'object' && parsed !== null && 'method' in parsed && typeof parsed.method === 'string'
      ? parsed.method
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The speaker view's "next slide" copy follows the projector when the thread is next idle, not at once. reveal's
 * speaker view moves it with `setState` and then `next` on every key press: two full slide changes of a third
 * deck, on the projector's thread, landing while the projector draws the new slide and starts its animation.
 * Deferred, the projector's frames come first and the preview follows within `schedule`'s bound. A newer
 * `setState` replaces the moves still waiting, so a run of presses costs one move; the copy posts nothing back
 * (only the current-slide copy speaks to the popup), so its lag can never move the projector.
 *
 * Installed before reveal's own listener: it holds reveal's copy of the message back and dispatches it again
 * later. Returns the uninstall.
 */
export function paceNextCopy(win: Window, schedule: (run: () => void) => () => void): () => void {
  let waiting: MessageEvent[] = [];
  let cancel: (() => void) | undefined;
  let replaying = false;
  const replay = (): void => {
    cancel = undefined;
    const moves = waiting;
    waiting = [];
    replaying = true;
    try {
      for (const move of moves) win.dispatchEvent(new MessageEvent('message', { data: move.data as unknown, origin: move.origin }));
    } finally {
      replaying = false;
    }
  };
  const onMessage = (event: MessageEvent): void => {
    if (replaying) return;
    const method = methodOf(event.data);
    if (method !== 'setState' && method !== 'next') {
      // Anything else acts on where the copy stands: the moves it is owed come first.
      if (cancel) {
        cancel();
        replay();
      }
      return;
    }
    event.stopImmediatePropagation();
    if (method === 'setState') waiting = [];
    waiting.push(event);
    cancel ??= schedule(replay);
  };
  win.addEventListener('message', onMessage);
  return () => {
    win.removeEventListener('message', onMessage);
    cancel?.();
  };
}
