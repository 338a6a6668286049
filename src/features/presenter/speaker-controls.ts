import { speakerPanelSection } from '../../platform/speaker/panel';
import type { NoticePrivacy } from '../../platform/speaker/privacy';
import { NOTES_SIZE, readNotesSize, saveNotesSize, stepNotesSize } from '../../platform/speaker/settings';
import type { SpeakerView } from '../../platform/speaker/role';
import type { SafeStorage } from '../../platform/storage';
import { keepKeysAndFocus } from '../../platform/speaker/keep-keys';
import { keyOf } from '../../model/keymap';

/**
 * The speaker view's own controls: the notes' font size (A− / A+) and "show on projector"; remembered.
 * Returns what takes them away again (the notes keep the size they were given).
 */
export function speakerControls(view: SpeakerView, storage: SafeStorage, privacy: NoticePrivacy): () => void {
  const section = speakerPanelSection(view, 'controls');
  if (!section) return () => undefined;
  const doc = section.ownerDocument;
  section.replaceChildren();
  section.setAttribute('aria-label', 'Speaker view settings');
  const notes = doc.querySelector<HTMLElement>('.speaker-controls-notes');
  const note = doc.createElement('span');
  note.className = 'speaker-control-note';
  note.setAttribute('role', 'status');
  const unsaved = (kept: boolean): void => {
    note.textContent = kept ? '' : 'not remembered: this browser will not store settings';
  };

  const size = doc.createElement('div');
  size.className = 'speaker-control';
  const label = doc.createElement('span');
  const smaller = button(doc, 'A−', 'Smaller notes');
  const larger = button(doc, 'A+', 'Larger notes');
  size.append(label, smaller, larger);
  let px = readNotesSize(storage);
  const applySize = (): void => {
    notes?.style.setProperty('--deck-notes-px', `${px}px`);
    label.textContent = `Notes ${px} px`;
    smaller.disabled = px <= NOTES_SIZE.min;
    larger.disabled = px >= NOTES_SIZE.max;
  };
  const resize = (direction: 1 | -1): void => {
    px = stepNotesSize(px, direction);
    applySize();
    unsaved(saveNotesSize(storage, px));
  };
  smaller.addEventListener('click', () => {
    resize(-1);
  });
  larger.addEventListener('click', () => {
    resize(1);
  });
  applySize();

  const projector = doc.createElement('label');
  projector.className = 'speaker-control';
  const box = doc.createElement('input');
  box.type = 'checkbox';
  keepKeysAndFocus(box);
  projector.append(box, doc.createTextNode(`Show notices on the projector (${keyOf('agenda.projector')})`));
  box.addEventListener('change', () => {
    unsaved(privacy.setOnProjector(box.checked));
  });
  const showChoice = (): void => {
    box.checked = privacy.onProjector;
  };
  const stop = privacy.onChange(showChoice);
  showChoice();

  section.append(size, projector, note);
  return () => {
    stop();
    section.remove();
  };
}

function button(doc: Document, text: string, name: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.title = name;
  keepKeysAndFocus(element);
  return element;
}
