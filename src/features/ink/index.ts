/**
 * Ink and a laser pointer: drawn on the projector's screen or in the speaker view, shown in every window of the
 * deck in slide space, kept per slide and step for the class day, printed in the handout.
 */
import '../../platform/ink/layer.css';
import './ink.css';
// The projector's toolbar; the speaker view's popup gets the same rules inline (live.ts).
import './toolbar.css';
import type { DeckContext } from '../../platform/context';
import { disposer, type Feature } from '../../platform/feature';
import { localInkTransport, withLaterTransport, type InkTransport } from '../../platform/ink/transport';
import { classRole } from '../../platform/live/role';
import { attachLiveInk } from './live';
import { printInk } from './print';

export function inkFeature(): Feature<DeckContext> {
  const held = disposer();
  return {
    id: 'ink',
    init(deck, context) {
      if (deck.isPrintView()) printInk(deck, context, held);
      else attachLiveInk(deck, context, held, transport());
    },
    destroy() {
      held.dispose();
    },
  };
}

/** In the lecturer's deck the class server served, ink also rides the class channel; its code loads only then. */
function transport(): InkTransport {
  const local = localInkTransport();
  if (import.meta.env.MODE === 'portable' || classRole(document) !== 'lecturer') return local;
  return withLaterTransport(
    local,
    import('../../platform/ink/live-transport').then((m) => m.liveInkTransport()),
  );
}
