/**
 * Rehearsal mode: records the time spent on every slide and step against the agenda's plan, keeps the runs,
 * and reports planned against actual. The main deck window records; the speaker view shows the running total.
 */
import './rehearsal.css';
import type { DeckContext } from '../../platform/context';
import { disposer, type Disposer, type Feature } from '../../platform/feature';
import { privacyOf } from '../../platform/speaker/privacy';
import type { Deck } from '../../platform/reveal';
import { rehearsalBadge } from './badge';
import type { RehearsalDialog } from './dialog';
import { createRecorder, type Recorder } from './recorder';
import { showInSpeakerView } from './speaker';
import { channelName } from '../../model/keys';

const CHANNEL = channelName('rehearsal');
const R = 82;

export function rehearsalFeature(): Feature<DeckContext> {
  const held = disposer();
  return {
    id: 'rehearsal',
    init(deck, context) {
      attachRehearsal(deck, context, held);
    },
    destroy() {
      held.dispose();
    },
  };
}

function attachRehearsal(deck: Deck, context: DeckContext, held: Disposer): void {
  const { day, params, speaker } = context;
  if (deck.isPrintView()) return;
  if (speaker.role !== 'main') {
    if (speaker.role === 'speaker') held.defer(showInSpeakerView(speaker, CHANNEL));
    return;
  }
  // The badge is the lecturer's: on the projector only when chosen, or while no speaker view is open.
  const privacy = privacyOf(context);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  held.defer(() => channel?.close());
  const badge = rehearsalBadge(held, channel);
  const update = () => {
    badge.show(recorder.status(), privacy.open);
  };
  const recorder = createRecorder(deck, context, update);

  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) held.onDeck(deck, event, recorder.follow);
  if (channel) {
    held.listen(channel, 'message', (event) => {
      if ((event as MessageEvent<unknown>).data === 'toggle-pause') recorder.actions.togglePause();
    });
  }
  held.defer(day.onChange(recorder.replan));
  bindDialogKey(deck, held, recorder);

  recorder.follow();
  if (!recorder.store.current && params.has('rehearse')) recorder.actions.start();
  held.defer(privacy.onChange(update));
  held.every(1000, update);
  update();
}

/** R opens the dialog. While it is open it takes the keys itself, R included, so this only ever opens it. */
function bindDialogKey(deck: Deck, held: Disposer, recorder: Recorder): void {
  const open = dialogOpener(held, recorder);
  held.defer(() => {
    deck.removeKeyBinding(R);
  });
  deck.addKeyBinding({ keyCode: R, key: 'R', description: 'Rehearsal: start, pause, stop, report' }, () => {
    open()
      .then((d) => {
        d.open();
      })
      .catch((error: unknown) => {
        recorder.tell(
          `The rehearsal dialog failed to open (${error instanceof Error ? error.message : String(error)}); press R to try again.`,
        );
      });
  });
}

/** The dialog, its report and charts load on first use: most of a class day never opens them. */
function dialogOpener(held: Disposer, recorder: Recorder): () => Promise<RehearsalDialog> {
  let dialog: Promise<RehearsalDialog> | null = null;
  return () =>
    (dialog ??= import('./dialog')
      .then(({ RehearsalDialog }) => {
        const created = new RehearsalDialog(recorder.store, recorder.actions);
        held.defer(() => {
          created.destroy();
        });
        const said = recorder.said();
        if (said.length > 0) created.say(said.join(' '));
        return created;
      })
      .catch((error: unknown) => {
        // A failed load must not stay cached: R would never open the dialog again until a reload.
        dialog = null;
        throw error;
      }));
}
