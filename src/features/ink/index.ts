/**
 * Ink and a laser pointer: drawn on the projector's screen or in the speaker view, shown in every window of the
 * deck in slide space, kept per slide and step for the class day, printed in the handout.
 */
import './ink.css';
// The projector's toolbar; the speaker view's popup gets the same rules inline (live.ts).
import './toolbar.css';
import type { DeckContext } from '../../platform/context';
import { disposer, type Feature } from '../../platform/feature';
import { attachLiveInk } from './live';
import { printInk } from './print';

export function inkFeature(): Feature<DeckContext> {
  const held = disposer();
  return {
    id: 'ink',
    init(deck, context) {
      if (deck.isPrintView()) printInk(deck, context, held);
      else attachLiveInk(deck, context, held);
    },
    destroy() {
      held.dispose();
    },
  };
}
