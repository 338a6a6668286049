import { formatDurationMs } from '../../model/time';
import { helpBinding, KEYMAP, revealCodes } from '../../model/keymap';
import type { RehearsalMessage, RunStatus } from '../../model/window-messages';
import type { CrossWindow } from '../../platform/cross-window';
import { keepKeysAndFocus } from '../../platform/speaker/keep-keys';
import { speakerPanelSection } from '../../platform/speaker/panel';
import type { SpeakerView } from '../../platform/speaker/role';
import type { Deck } from '../../platform/reveal';

/**
 * In the speaker view: the running rehearsal against its plan, with a pause button, or the rehearsal's notice
 * (storage trouble, a run stopped while idle). The main deck window records; this side only shows what it
 * broadcasts and sends back pause requests.
 */
export function showInSpeakerView(view: SpeakerView, channel: CrossWindow<RehearsalMessage>): () => void {
  const section = speakerPanelSection(view, 'rehearsal');
  if (!section) return () => undefined;
  const line = section.ownerDocument.createElement('span');
  const toggle = section.ownerDocument.createElement('button');
  toggle.type = 'button';
  keepKeysAndFocus(toggle);
  toggle.addEventListener('click', () => {
    channel.post({ type: 'toggle-pause' });
  });
  section.append(line, toggle);
  section.hidden = true;
  const stop = channel.listen((message) => {
    if (message.type !== 'run' && message.type !== 'notice') return;
    const run = message.type === 'run' ? message.run : undefined;
    section.hidden = !run && (message.type !== 'notice' || message.notice === '');
    toggle.hidden = !run;
    if (message.type === 'notice') line.textContent = message.notice;
    if (!run) return;
    line.textContent = runLine(run);
    toggle.textContent = run.paused ? 'Resume' : 'Pause';
  });
  return () => {
    stop();
    section.remove();
  };
}

const runLine = (run: RunStatus): string => {
  const ahead = run.totalMs / 1000 - run.plannedSoFarS;
  const sign = ahead > 0 ? '+' : '−';
  return (
    `${run.paused ? 'Rehearsal paused' : 'Rehearsing'}: run ${formatDurationMs(run.totalMs)} against ${formatDurationMs(run.plannedSoFarS * 1000)} planned ` +
    `(${sign}${formatDurationMs(Math.abs(ahead) * 1000)}) · this slide ${formatDurationMs(run.onSlideMs)} of ${formatDurationMs(run.plannedSlideS * 1000)}`
  );
};

/**
 * R pressed in the speaker view: its copy of the deck hears the key, but the recorder and its runs live in the
 * projector's window, which opens the dialog in the speaker view's page.
 */
export function askForDialog(deck: Deck, channel: CrossWindow<RehearsalMessage>): () => void {
  const row = KEYMAP['rehearsal.dialog'];
  for (const code of revealCodes(row))
    deck.addKeyBinding({ ...helpBinding(row), keyCode: code }, () => {
      channel.post({ type: 'open-dialog' });
    });
  return () => {
    for (const code of revealCodes(row)) deck.removeKeyBinding(code);
  };
}
