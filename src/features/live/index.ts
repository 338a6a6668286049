/**
 * The live class in the lecturer's deck: the projector's window publishes where the deck is (slide and step)
 * and obeys the paired phone's next/previous; the speaker view shows the channel, the practice counts and the
 * questions. Loaded only when the class server served the page to the lecturer.
 */
import type { ServerMessage } from '../../model/live';
import type { DeckContext } from '../../platform/context';
import { disposer, type Feature } from '../../platform/feature';
import { openChannel, type Channel, type ChannelStatus } from '../../platform/live/channel';
import type { Deck } from '../../platform/reveal';
import { joinCard } from './join-card';
import { deckPosition, throttled } from './publish';
import { speakerLive } from './speaker';

const MOVES = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'] as const;
/** The least time between two positions sent: well inside the server's rate limit. */
const GAP_MS = 60;

export function liveFeature(): Feature<DeckContext> {
  let owner = disposer();
  return {
    id: 'live',
    init(deck: Deck, context: DeckContext) {
      owner.dispose();
      owner = disposer();
      const { role } = context.speaker;
      // The speaker view's next-slide copy neither publishes nor shows anything.
      if (role === 'copy') return;
      // The room's screen and the lecturer's copy of it show the students how to join.
      joinCard(deck, owner);
      const link: { channel?: Channel } = {};
      const blocks = new Map(context.day.plan.schedule.blocks.map((b) => [b.id, b.title]));
      const panel =
        role === 'speaker'
          ? speakerLive(
              context.speaker,
              (message) => link.channel?.send(message) ?? false,
              (id) => blocks.get(id),
            )
          : undefined;
      let status: ChannelStatus = { kind: 'connecting' };
      const sender = throttled((position) => link.channel?.send({ kind: 'go', position }), GAP_MS);
      owner.defer(() => {
        sender.cancel();
      });
      const publish = (): void => {
        if (role === 'main' && deck.isReady()) sender.push(deckPosition(deck));
      };
      const receive = (message: ServerMessage): void => {
        if (role === 'main' && message.kind === 'step') {
          if (message.by > 0) deck.next();
          else deck.prev();
        }
        // A reconnect brings the server up to date with the deck, not the other way round.
        if (role === 'main' && message.kind === 'state') publish();
        panel?.receive(message, status);
      };
      const open = openChannel({
        onMessage: receive,
        onStatus: (next) => {
          status = next;
          panel?.status(next);
        },
      });
      link.channel = open;
      owner.defer(() => {
        open.close();
      });
      if (panel) {
        owner.defer(() => {
          panel.destroy();
        });
      }
      if (role !== 'main') return;
      for (const type of MOVES) owner.onDeck(deck, type, publish);
    },
    destroy() {
      owner.dispose();
    },
  };
}
