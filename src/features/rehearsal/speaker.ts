import { formatDurationMs } from '../../model/time';
import { keepKeysAndFocus } from '../../platform/speaker/keep-keys';
import { speakerPanelSection } from '../../platform/speaker/panel';
import type { SpeakerView } from '../../platform/speaker/role';
import type { Deck } from '../../platform/reveal';
import { isRunStatus } from './status';

const noticeOf = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null && 'notice' in v && typeof v.notice === 'string' ? v.notice : undefined;

/**
 * In the speaker view: the running rehearsal against its plan, with a pause button, or the rehearsal's notice
 * (storage trouble, a run stopped while idle). The main deck window records; this side only shows what it
 * broadcasts and sends back pause requests.
 */
export function showInSpeakerView(view: SpeakerView, channelName: string): () => void {
  if (!('BroadcastChannel' in window)) return () => undefined;
  const section = speakerPanelSection(view, 'rehearsal');
  if (!section) return () => undefined;
  const channel = new BroadcastChannel(channelName);
  const line = section.ownerDocument.createElement('span');
  const toggle = section.ownerDocument.createElement('button');
  toggle.type = 'button';
  keepKeysAndFocus(toggle);
  toggle.addEventListener('click', () => {
    channel.postMessage('toggle-pause');
  });
  section.append(line, toggle);
  section.hidden = true;
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const status = event.data;
    const notice = noticeOf(status);
    section.hidden = !isRunStatus(status) && notice === undefined;
    toggle.hidden = !isRunStatus(status);
    if (notice !== undefined) line.textContent = notice;
    if (!isRunStatus(status)) return;
    const ahead = status.totalMs / 1000 - status.plannedSoFarS;
    const sign = ahead > 0 ? '+' : '−';
    line.textContent =
      `${status.paused ? 'Rehearsal paused' : 'Rehearsing'}: run ${formatDurationMs(status.totalMs)} against ${formatDurationMs(status.plannedSoFarS * 1000)} planned ` +
      `(${sign}${formatDurationMs(Math.abs(ahead) * 1000)}) · this slide ${formatDurationMs(status.onSlideMs)} of ${formatDurationMs(status.plannedSlideS * 1000)}`;
    toggle.textContent = status.paused ? 'Resume' : 'Pause';
  });
  return () => {
    channel.close();
    section.remove();
  };
}

/** What the speaker view asks of the projector's window: open the dialog here, where the lecturer is. */
export const OPEN_DIALOG = 'open-dialog';

/**
 * R pressed in the speaker view: its copy of the deck hears the key, but the recorder and its runs live in the
 * projector's window, which opens the dialog in the speaker view's page.
 */
export function askForDialog(deck: Deck, channelName: string, keyCode: number): () => void {
  if (!('BroadcastChannel' in window)) return () => undefined;
  const channel = new BroadcastChannel(channelName);
  deck.addKeyBinding({ keyCode, key: 'R', description: 'Rehearsal: start, pause, stop, report' }, () => {
    channel.postMessage(OPEN_DIALOG);
  });
  return () => {
    deck.removeKeyBinding(keyCode);
    channel.close();
  };
}
