/**
 * The scenes' runtime: attaches to a reveal deck and keeps every `.scene[data-scene]` element drawn at the step
 * its slide shows, live or in print view.
 */
import { disposer, type Feature } from '../../platform/feature';
import type { DeckContext } from '../../platform/context';
import type { SceneDeck } from './runtime/deck';
import { followDeck } from './runtime/live';
import { drawPrintedPages, pagesReady } from './runtime/print';

const LIVE_EVENTS = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

/**
 * The scenes as a feature: safe to init before or after reveal's 'ready'. `destroy()` removes every listener it
 * added, and leaves the scenes drawn as they are; init again follows the deck again.
 */
export function scenesFeature(): Feature<Pick<DeckContext, 'speaker'>> {
  let owner = disposer();
  return {
    id: 'scenes',
    init(deck: SceneDeck, context) {
      owner.dispose();
      owner = disposer();
      const root = deck.getRevealElement() ?? document;

      const printed = (): void => {
        drawPrintedPages(root);
      };
      owner.onDeck(deck, 'pdf-ready', printed);

      const follow = followDeck(deck, root, owner, context.speaker.role !== 'main');
      const sync = (): void => {
        // In print view the pages, not the slides, tell the steps; 'pdf-ready' draws them.
        if (!deck.isPrintView()) follow();
      };
      for (const type of LIVE_EVENTS) owner.onDeck(deck, type, sync);

      if (!deck.isReady()) return;
      if (deck.isPrintView()) {
        if (pagesReady(root)) printed();
        return;
      }
      follow();
    },
    destroy() {
      owner.dispose();
    },
  };
}
