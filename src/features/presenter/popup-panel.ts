import type { NoticePrivacy } from '../../platform/speaker/privacy';
import type { SpeakerView } from '../../platform/speaker/role';
import type { SafeStorage } from '../../platform/storage';
import { speakerAgenda, type SpeakerAgenda } from './speaker-agenda';
import { speakerControls } from './speaker-controls';
import { speakerTimeRow, type SpeakerTimeRow } from './speaker-time-view';

/** Where the presenter shows the speaker view's time and agenda; the projector fills them while it hosts the panel. */
export interface SpeakerSlots {
  times: SpeakerTimeRow | undefined;
  speaker: SpeakerAgenda | undefined;
}

/**
 * The class panel the projector's window draws into reveal's speaker view when the view's own copy of the deck
 * cannot (from a file): the same row of time, agenda and controls, made by the same modules, in the popup's
 * document. While it is there the projector keeps the lecturer's notices to it, as it does for a served view.
 * Returns what takes it away, which also runs when the popup closes.
 */
export function hostSpeakerPanel(
  slots: SpeakerSlots,
  view: SpeakerView,
  popup: Window,
  context: { readonly storage: SafeStorage; readonly privacy: NoticePrivacy },
): () => void {
  const times = speakerTimeRow(view);
  const speaker = speakerAgenda(view);
  const stopControls = speakerControls(view, context.storage, context.privacy);
  slots.times = times;
  slots.speaker = speaker;
  context.privacy.hostSpeaker(true);
  let hosted = true;
  const close = (): void => {
    if (!hosted) return;
    hosted = false;
    popup.removeEventListener('pagehide', close);
    if (slots.times === times) slots.times = undefined;
    if (slots.speaker === speaker) slots.speaker = undefined;
    stopControls();
    times?.remove();
    speaker?.remove();
    context.privacy.hostSpeaker(false);
  };
  popup.addEventListener('pagehide', close);
  return close;
}
