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
import { askForDialog, showInSpeakerView } from './speaker';
import { helpBinding, isPress, KEYMAP, keyOf, revealCodes } from '../../model/keymap';
import { crossWindow } from '../../platform/cross-window';

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
  if (speaker.role === 'copy') return;
  const channel = crossWindow('rehearsal');
  held.defer(() => {
    channel.close();
  });
  if (speaker.role === 'speaker') {
    held.defer(showInSpeakerView(speaker, channel));
    held.defer(askForDialog(deck, channel));
    return;
  }
  // The badge is the lecturer's: on the projector only when chosen, or while no speaker view is open.
  const privacy = privacyOf(context);
  const badge = rehearsalBadge(held, channel);
  const update = () => {
    badge.show(recorder.status(), privacy.open);
  };
  const recorder = createRecorder(deck, context, update);
  const showDialog = dialogShower(held, recorder, update);
  // From a file the view's copy of the deck can neither show the run nor hear R: this window does both for it.
  held.defer(
    styleSpeakerOnContact((view, popup) => {
      // A channel of its own: a window does not hear its own posts on the channel the badge speaks on.
      const heard = crossWindow('rehearsal');
      const shown = showInSpeakerView(view, heard);
      const stop = (): void => {
        shown();
        heard.close();
      };
      const onKey = (event: KeyboardEvent): void => {
        if (isPress(KEYMAP['rehearsal.dialog'], event) && !event.ctrlKey && !event.metaKey && !event.altKey) showDialog();
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
  held.defer(
    channel.listen((asked) => {
      if (asked.type === 'toggle-pause') recorder.actions.togglePause();
      if (asked.type === 'open-dialog') showDialog();
    }),
  );
  held.defer(day.onChange(recorder.replan));
  // While the dialog is open it takes the keys itself, R included, so this only ever opens it.
  const keys = revealCodes(KEYMAP['rehearsal.dialog']);
  held.defer(() => {
    for (const code of keys) deck.removeKeyBinding(code);
  });
  for (const code of keys) deck.addKeyBinding({ ...helpBinding(KEYMAP['rehearsal.dialog']), keyCode: code }, showDialog);

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
          `The rehearsal dialog failed to open (${error instanceof Error ? error.message : String(error)}); press ${keyOf('rehearsal.dialog')} to try again.`,
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
