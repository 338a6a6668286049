import type { HudLine } from './hud-state';
import { renderHudLines } from './hud-view';
import { speakerPanelSection } from '../../platform/speaker/panel';
import type { SpeakerView } from '../../platform/speaker/role';
import { keyOf } from '../../model/keymap';

export interface SpeakerAgenda {
  /** The HUD's lines that the row of time does not already show (a pause for questions). */
  show(lines: readonly HudLine[]): void;
  /** The last change, or why one was refused: the speaker view is where the lecturer's notices go. */
  say(message: string, refused: boolean): void;
  /** Takes the section out of the speaker view. */
  remove(): void;
}

const IN_TIME_ROW = new Set<HudLine['id']>(['clock', 'now', 'shown']);

/** The agenda's keys, pause and messages in reveal's speaker view; undefined anywhere else. */
export function speakerAgenda(view: SpeakerView): SpeakerAgenda | undefined {
  const section = speakerPanelSection(view, 'agenda');
  if (!section) return undefined;
  const doc = section.ownerDocument;
  section.replaceChildren();
  section.setAttribute('aria-label', 'Agenda');
  const heading = doc.createElement('h4');
  heading.textContent = `Agenda · ${keyOf('agenda.extend')} / − 5 min · ${keyOf('agenda.pause')} pause`;
  const lines = doc.createElement('div');
  const message = doc.createElement('p');
  message.className = 'agenda-speaker-message';
  message.setAttribute('role', 'status');
  section.append(heading, lines, message);
  return {
    show(hud) {
      renderHudLines(
        lines,
        hud.filter((line) => !IN_TIME_ROW.has(line.id)),
      );
    },
    say(text, refused) {
      message.textContent = text;
      message.classList.toggle('is-refused', refused);
    },
    remove() {
      section.remove();
    },
  };
}
