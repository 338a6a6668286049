/**
 * Rehearsal mode: records the time spent on every slide and step against the agenda's plan, keeps the runs,
 * and reports planned against actual. The main deck window records; the speaker view shows the running total.
 */
import './rehearsal.css';
import type { DeckContext } from '../../platform/context';
import { disposer, type Disposer, type Feature } from '../../platform/feature';
import { privacyOf } from '../../platform/speaker/privacy';
import { speakerPopup } from '../../platform/speaker/popup';
import { styleSpeakerOnContact } from '../../platform/speaker/panel';
import type { Deck } from '../../platform/reveal';
import { rehearsalBadge } from './badge';
import type { RehearsalDialog } from './dialog';
import { createRecorder, type Recorder } from './recorder';
import { askForDialog, OPEN_DIALOG, showInSpeakerView } from './speaker';
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
    if (speaker.role === 'speaker') {
      held.defer(showInSpeakerView(speaker, CHANNEL));
      held.defer(askForDialog(deck, CHANNEL, R));
    }
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
  const showDialog = dialogShower(held, recorder, update);
  // From a file the view's copy of the deck can neither show the run nor hear R: this window does both for it.
  held.defer(
    styleSpeakerOnContact((view, popup) => {
      const stop = showInSpeakerView(view, CHANNEL);
      const onKey = (event: KeyboardEvent): void => {
        if (event.key.toLowerCase() === 'r' && !event.ctrlKey && !event.metaKey && !event.altKey) showDialog();
      };
      const doc = popup.document;
      doc.addEventListener('keydown', onKey);
      const leave = (): void => {
        stop();
        doc.removeEventListener('keydown', onKey);
      };
      popup.addEventListener('pagehide', leave);
      held.defer(leave);
    }),
  );

  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) held.onDeck(deck, event, recorder.follow);
  if (channel) {
    held.listen(channel, 'message', (event) => {
      const asked = (event as MessageEvent<unknown>).data;
      if (asked === 'toggle-pause') recorder.actions.togglePause();
      if (asked === OPEN_DIALOG) showDialog();
    });
  }
  held.defer(day.onChange(recorder.replan));
  // While the dialog is open it takes the keys itself, R included, so this only ever opens it.
  held.defer(() => {
    deck.removeKeyBinding(R);
  });
  deck.addKeyBinding({ keyCode: R, key: 'R', description: 'Rehearsal: start, pause, stop, report' }, showDialog);

  recorder.follow();
  if (!recorder.store.current && params.has('rehearse')) recorder.actions.start();
  held.defer(privacy.onChange(update));
  held.every(1000, update);
  update();
}

/** Opens the dialog: in the speaker view while one is open, where the lecturer's hands are, else here. */
function dialogShower(held: Disposer, recorder: Recorder, update: () => void): () => void {
  const open = dialogOpener(held, recorder);
  return () => {
    open()
      .then((d) => {
        d.open();
      })
      .catch((error: unknown) => {
        recorder.tell(
          `The rehearsal dialog failed to open (${error instanceof Error ? error.message : String(error)}); press R to try again.`,
        );
        update();
      });
  };
}

/** The dialog, its report and charts load on first use: most of a class day never opens them. One per page shown on. */
function dialogOpener(held: Disposer, recorder: Recorder): () => Promise<RehearsalDialog> {
  const popup = speakerPopup();
  held.defer(() => {
    popup.dispose();
  });
  const dialogs = new Map<Document, Promise<RehearsalDialog>>();
  return (doc: Document = popup.document() ?? document) => {
    const made = dialogs.get(doc);
    if (made) return made;
    const loading = import('./dialog')
      .then(({ RehearsalDialog }) => {
        const created = new RehearsalDialog(recorder.store, recorder.actions, doc);
        held.defer(() => {
          created.destroy();
        });
        const said = recorder.said();
        if (said.length > 0) created.say(said.join(' '));
        return created;
      })
      .catch((error: unknown) => {
        // A failed load must not stay cached: R would never open the dialog again until a reload.
        dialogs.delete(doc);
        throw error;
      });
    dialogs.set(doc, loading);
    return loading;
  };
}
