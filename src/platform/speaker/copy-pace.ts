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
 * The speaker view's two copies of the deck follow the projector once it has drawn the key press, not at once.
 * reveal's speaker view moves the current-slide copy with `setState`, and the next-slide copy with `setState` and
 * then `next`, on every key press: full slide changes of two more decks, on the projector's thread. Landing while
 * the projector draws the new slide and animates it, each made one of its frames long. Deferred, the copies follow
 * when `schedule` says (`afterStillOf`: once the projector has come to rest). A newer `setState` replaces the moves
 * still waiting, so a run of presses costs one move, and a copy never goes back to a state older than the popup's
 * latest. Every move it replays, scheduled or owed before another message, runs inside `around` (the current copy
 * keeps its follow moves from the popup: `followQuietly`).
 *
 * Installed before reveal's own listener: it holds reveal's copy of the message back and dispatches it again
 * later. Returns the uninstall.
 */
export function paceCopy(
  win: Window,
  schedule: Schedule,
  around: (moves: () => void) => void = (moves) => {
    moves();
  },
): () => void {
  let waiting: MessageEvent[] = [];
  let cancel: (() => void) | undefined;
  let replaying = false;
  const replay = (): void => {
    cancel = undefined;
    const moves = waiting;
    waiting = [];
    replaying = true;
    try {
      around(() => {
        for (const move of moves) win.dispatchEvent(new MessageEvent('message', { data: move.data as unknown, origin: move.origin }));
      });
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

/** When a copy's moves run: `run` at the moment it names, or never once the returned cancel is called. */
export type Schedule = (run: () => void) => () => void;

/** `first`, then `second` from that moment: the cancel stops whichever is waiting. */
export function inTurn(first: Schedule, second: Schedule): Schedule {
  return (run) => {
    let cancel = first(() => {
      cancel = second(run);
    });
    return () => {
      cancel();
    };
  };
}

/** How often a copy asks whether the projector has come to rest, and how long it waits for that at most. */
const STILL_POLL_MS = 100;
const STILL_MAX_MS = 1500;

/**
 * A schedule for `paceCopy`: once the projector has come to rest after its key press (`still` answers), checked
 * first just after its next paint, then every 100 ms, for at most 1.5 s. A copy's move is a full slide change of
 * another deck on the projector's thread: landing while the projector still animates, it shared a frame with the
 * animation and made it long. The lecturer's notes follow at once; the small copies, a moment later.
 */
export function afterStillOf(
  projector: Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'>,
  still: () => boolean,
): Schedule {
  return (run) => {
    let done = false;
    let poll: number | undefined;
    const stop = (): void => {
      done = true;
      clearTimeout(late);
      if (poll !== undefined) projector.clearTimeout(poll);
    };
    const once = (): void => {
      if (done) return;
      stop();
      run();
    };
    const check = (): void => {
      if (done) return;
      if (still()) once();
      else poll = projector.setTimeout(check, STILL_POLL_MS);
    };
    const late = setTimeout(once, STILL_MAX_MS);
    projector.requestAnimationFrame(() => {
      if (!done) poll = projector.setTimeout(check, 0);
    });
    return stop;
  };
}
