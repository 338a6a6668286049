import type { HudLine } from './hud-state';
import { renderHudLines } from './hud-view';
import { speakerPanelSection } from './speaker-panel';

export interface SpeakerAgenda {
  show(lines: readonly HudLine[]): void;
  /** The last change, or why one was refused: keys pressed in the speaker view act on this deck. */
  say(message: string): void;
}

/** The agenda's lines in reveal's speaker view; undefined anywhere else. */
export function speakerAgenda(): SpeakerAgenda | undefined {
  const section = speakerPanelSection('agenda');
  if (!section) return undefined;
  const doc = section.ownerDocument;
  section.replaceChildren();
  const heading = doc.createElement('h4');
  heading.textContent = 'Agenda · + / − 5 min · Q pause';
  const lines = doc.createElement('div');
  const message = doc.createElement('p');
  message.className = 'agenda-speaker-message';
  section.append(heading, lines, message);
  return {
    show(hud) {
      renderHudLines(lines, hud);
    },
    say(text) {
      message.textContent = text;
    },
  };
}
