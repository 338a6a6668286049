import { helpBinding, KEYMAP, revealCodes, shiftedKeys, type KeyRow } from '../../model/keymap';
import type { Deck } from '../../platform/reveal';

export interface AgendaKeys {
  readonly extend: () => void;
  readonly shorten: () => void;
  readonly togglePause: () => void;
  readonly toggleHud: () => void;
  readonly toggleProjector: () => void;
  readonly sayTimeLeft: () => void;
}

/** Each of the agenda's keys and what it calls. */
const BOUND: readonly (readonly [KeyRow, keyof AgendaKeys])[] = [
  [KEYMAP['agenda.extend'], 'extend'],
  [KEYMAP['agenda.shorten'], 'shorten'],
  [KEYMAP['agenda.pause'], 'togglePause'],
  [KEYMAP['agenda.hud'], 'toggleHud'],
  [KEYMAP['agenda.projector'], 'toggleProjector'],
  [KEYMAP['agenda.say'], 'sayTimeLeft'],
];

/**
 * Registers the agenda's keys with reveal, so they are listed in its help (?) and reach the deck from the
 * speaker view, which forwards key codes to it. `+` and `_` need Shift on most layouts, and reveal drops keys
 * with modifiers it does not expect, so those two are heard directly.
 */
export function bindAgendaKeys(deck: Deck, keys: AgendaKeys): () => void {
  const codes = BOUND.flatMap(([row, action]) =>
    revealCodes(row).map((code, i) => {
      // The first code is listed in reveal's help; the other browsers' codes for the same key are not.
      deck.addKeyBinding(i === 0 ? helpBinding(row) : code, keys[action]);
      return code;
    }),
  );
  const shifted = (event: KeyboardEvent): void => {
    if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (deck.isPaused()) return;
    const bound = BOUND.find(([row]) => shiftedKeys(row).includes(event.key));
    if (!bound) return;
    keys[bound[1]]();
    event.preventDefault();
  };
  document.addEventListener('keydown', shifted);
  return () => {
    for (const code of codes) deck.removeKeyBinding(code);
    document.removeEventListener('keydown', shifted);
  };
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
