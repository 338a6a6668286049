import type { HudLine } from './hud-state';
import { renderHudLines } from './hud-view';
import { speakerPanelSection } from '../../platform/speaker/panel';
import type { SpeakerView } from '../../platform/speaker/role';
import { keyOf } from '../../model/keymap';
import { keepKeysAndFocus } from '../../platform/speaker/keep-keys';

export interface SpeakerAgenda {
  /** The HUD's lines that the row of time does not already show (a pause for questions). */
  show(lines: readonly HudLine[]): void;
  /** The last change, or why one was refused: the speaker view is where the lecturer's notices go. */
  say(message: string, refused: boolean): void;
  /**
   * The class's changes made before it began (a morning rehearsal on the real clock), with Reset and Keep;
   * undefined hides the line. `settle` is called with true to reset them to the plan.
   */
  offer(line: string | undefined, settle: (reset: boolean) => void): void;
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
  const offered = beforeClassOffer(doc);
  section.append(heading, lines, offered.root, message);
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
    offer: offered.show,
    remove() {
      section.remove();
    },
  };
}

function beforeClassOffer(doc: Document): { root: HTMLElement; show: SpeakerAgenda['offer'] } {
  const root = doc.createElement('p');
  root.className = 'agenda-speaker-offer';
  root.hidden = true;
  const text = doc.createElement('span');
  let settle: (reset: boolean) => void = () => undefined;
  const reset = doc.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset to the plan';
  const keep = doc.createElement('button');
  keep.type = 'button';
  keep.textContent = 'Keep them';
  for (const [button, undo] of [
    [reset, true],
    [keep, false],
  ] as const) {
    keepKeysAndFocus(button);
    button.addEventListener('click', () => {
      settle(undo);
    });
  }
  root.append(text, ' ', reset, ' ', keep);
  return {
    root,
    show(line, next) {
      settle = next;
      root.hidden = line === undefined;
      if (line !== undefined && text.textContent !== line) text.textContent = line;
    },
  };
}
