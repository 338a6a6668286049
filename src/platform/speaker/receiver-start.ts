import type { Deck } from '../reveal';
import type { PageParams } from '../params';
import { sceneMoving } from '../scene-render/drawn';

/**
 * Why the speaker view used to move the projector: reveal's popup loads its current-slide copy at `#/h/v`,
 * without the step, and that copy posts its first `slidechanged` (step -1) before the popup has heard the
 * projector's state. The popup takes any state it has not seen for the lecturer's own move and sends it to
 * the projector, which went back to the start of its slide. So the copy starts silent: reveal reads
 * `postMessageEvents` from the query, which loses it before `Reveal.initialize`; once the copy stands where
 * the projector stands, it speaks, beginning with the `ready` the popup waits for.
 */
export function quietReceiverStart(params: PageParams): ((deck: Deck) => void) | undefined {
  if (!params.has('receiver') || params.get('postMessageEvents') !== 'true' || window.parent === window) return undefined;
  const url = new URL(location.href);
  url.searchParams.delete('postMessageEvents');
  history.replaceState(history.state, '', url);
  return (deck) => {
    alignWithProjector(deck, 0);
    // The config object itself: `configure()` would reset auto-animations and lay the deck out again.
    deck.getConfig().postMessageEvents = true;
    window.parent.postMessage(JSON.stringify({ namespace: 'reveal', eventName: 'ready', state: deck.getState() }), '*');
  };
}

/**
 * The speaker view's copies show the projector's slide and step (the next one: `ahead` 1) from their first
 * frame. The popup sends the same state, but a copy still loading misses it: "Upcoming" then showed the
 * current slide until the next move. Setting a state is idempotent, so the popup's own message changes nothing.
 */
export function alignWithProjector(deck: Deck, ahead: 0 | 1): void {
  const projector = projectorDeck();
  if (!projector) return;
  const { indexh, indexv, indexf } = projector.getState();
  deck.setState({ ...deck.getState(), indexh, indexv, indexf });
  if (ahead === 1) deck.next();
}

/** The projector's window, from a copy inside the speaker view's popup; undefined where the browser keeps them apart (file://). */
export function projectorWindow(): Window | undefined {
  try {
    const opener = window.parent.opener as Window | null;
    // Reading a property is what a cross-origin opener refuses.
    return opener && typeof opener.requestAnimationFrame === 'function' ? opener : undefined;
  } catch {
    return undefined;
  }
}

/** The projector's deck, once it is ready. */
function projectorDeck(): Deck | undefined {
  try {
    const deck = (projectorWindow() as { Reveal?: Deck } | undefined)?.Reveal;
    return deck?.isReady() ? deck : undefined;
  } catch {
    return undefined;
  }
}

/** What the compositor animates without the page's thread: reveal's progress bar (0.8 s) moves its `transform`. */
const OFF_THREAD = new Set(['transform', 'opacity']);

/**
 * Whether the projector has come to rest: no scene on its slide moving (or waiting to), and no CSS transition
 * running that its thread draws (a fragment's `visibility`). Rest, too, where the projector is out of reach.
 */
export function projectorStill(projector: Window | undefined): boolean {
  try {
    if (!projector) return true;
    const doc = projector.document;
    if (sceneMoving(doc)) return false;
    // `transitionProperty` marks a CSSTransition; `instanceof` fails across windows.
    return !doc
      .getAnimations()
      .some((a) => 'transitionProperty' in a && !OFF_THREAD.has(String(a.transitionProperty)) && a.playState === 'running');
  } catch {
    return true;
  }
}

/**
 * Runs the current-slide copy's follow move without telling the popup. reveal's popup sends the projector any
 * state the copy reports that differs from the projector's latest (so that a click in the copy moves the deck),
 * and sends it 500 ms later (debounced). A copy following the projector late could move to a state the projector
 * had just left: reported, that state took the projector back (a walk at 4x went back twice, bench). A follow
 * move only repeats what the projector said, so the popup has nothing to learn from it.
 */
export function followQuietly(deck: Pick<Deck, 'getConfig'>, move: () => void): void {
  const config = deck.getConfig();
  const speaking = config.postMessageEvents;
  config.postMessageEvents = false;
  try {
    move();
  } finally {
    config.postMessageEvents = speaking;
  }
}
