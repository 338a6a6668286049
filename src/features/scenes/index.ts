/**
 * The scenes' runtime: attaches to a reveal deck and keeps every `.scene[data-scene]` element drawn at the step
 * its slide shows, live or in print view.
 */
import type { SceneDeck } from './runtime/deck';
import { followDeck } from './runtime/live';
import { drawPrintedPages, pagesReady } from './runtime/print';

const LIVE_EVENTS = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

const attached = new WeakSet<SceneDeck>();

/**
 * Safe before or after reveal's 'ready', and a second call on the same deck does nothing: the speaker view
 * loads the deck twice more, and each copy attaches once.
 */
export function attachScenes(deck: SceneDeck): void {
  if (attached.has(deck)) return;
  attached.add(deck);
  const root = deck.getRevealElement() ?? document;

  const printed = (): void => {
    drawPrintedPages(root);
  };
  deck.on('pdf-ready', printed);

  const follow = followDeck(deck, root);
  const sync = (): void => {
    // In print view the pages, not the slides, tell the steps; 'pdf-ready' draws them.
    if (!deck.isPrintView()) follow();
  };
  for (const type of LIVE_EVENTS) deck.on(type, sync);

  if (!deck.isReady()) return;
  if (deck.isPrintView()) {
    if (pagesReady(root)) printed();
    return;
  }
  follow();
}
