import type { Deck } from '../../platform/reveal';

export interface AgendaKeys {
  readonly extend: () => void;
  readonly shorten: () => void;
  readonly togglePause: () => void;
  readonly toggleHud: () => void;
  readonly toggleProjector: () => void;
  readonly sayTimeLeft: () => void;
}

/** Key codes as browsers report them: the main keyboard's (Chromium), then Firefox's and the number pad's. */
const PLUS = { code: 187, aliases: [61, 107] };
const MINUS = { code: 189, aliases: [173, 109] };
const Q = 81;
const T = 84;
/** Free in reveal (its letters: A B C F G H J K L N O P S V) and in our other features (R; ink's I M E W X). */
const D = 68;
const U = 85;

/**
 * Registers the agenda's keys with reveal, so they are listed in its help (?) and reach the deck from the
 * speaker view, which forwards key codes to it. `+` and `_` need Shift on most layouts, and reveal drops keys
 * with modifiers it does not expect, so those two are heard directly.
 */
export function bindAgendaKeys(deck: Deck, keys: AgendaKeys): () => void {
  deck.addKeyBinding({ keyCode: PLUS.code, key: '+ , =', description: 'Agenda: block on screen 5 minutes longer' }, keys.extend);
  deck.addKeyBinding({ keyCode: MINUS.code, key: '- , _', description: 'Agenda: block on screen 5 minutes shorter' }, keys.shorten);
  for (const code of PLUS.aliases) deck.addKeyBinding(code, keys.extend);
  for (const code of MINUS.aliases) deck.addKeyBinding(code, keys.shorten);
  deck.addKeyBinding({ keyCode: Q, key: 'Q', description: 'Agenda: pause for questions / resume' }, keys.togglePause);
  deck.addKeyBinding({ keyCode: T, key: 'T', description: 'Agenda: show / hide the timing overlay' }, keys.toggleHud);
  deck.addKeyBinding(
    { keyCode: D, key: 'D', description: 'Lecturer notices (toasts, overlay, rehearsal badge) on the projector too / speaker view only' },
    keys.toggleProjector,
  );
  deck.addKeyBinding({ keyCode: U, key: 'U', description: 'Agenda: say the time left (for a screen reader)' }, keys.sayTimeLeft);

  const shifted = (event: KeyboardEvent): void => {
    if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (deck.isPaused()) return;
    if (event.key === '+') keys.extend();
    else if (event.key === '_') keys.shorten();
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', shifted);
  return () => {
    for (const code of [PLUS.code, ...PLUS.aliases, MINUS.code, ...MINUS.aliases, Q, T, D, U]) deck.removeKeyBinding(code);
    document.removeEventListener('keydown', shifted);
  };
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
