import { helpBinding, KEYMAP, revealCodes, type KeyRow } from '../../model/keymap';
import type { Deck } from '../../platform/reveal';
import type { Tool } from './input';

/**
 * Bound through reveal, so they are listed in its help (?) and reach the deck from the speaker view, which
 * forwards key codes to its current-slide copy. The keys themselves are the keymap's (`model/keymap.ts`).
 */
const TOOL_KEYS: readonly (readonly [KeyRow, Tool])[] = [
  [KEYMAP['ink.pen'], 'pen'],
  [KEYMAP['ink.highlighter'], 'highlighter'],
  [KEYMAP['ink.eraser'], 'eraser'],
  [KEYMAP['ink.laser'], 'laser'],
];

export interface InkKeys {
  readonly tool: (tool: Tool) => void;
  readonly clear: () => void;
  readonly leave: () => void;
}

const bind = (deck: Deck, row: KeyRow, action: () => void): number[] =>
  revealCodes(row).map((code) => {
    deck.addKeyBinding({ ...helpBinding(row), keyCode: code }, action);
    return code;
  });

export function bindInkKeys(deck: Deck, keys: InkKeys): { readonly drawing: (on: boolean) => void; readonly unbind: () => void } {
  const bound = [
    ...TOOL_KEYS.flatMap(([row, tool]) =>
      bind(deck, row, () => {
        keys.tool(tool);
      }),
    ),
    ...bind(deck, KEYMAP['ink.clear'], keys.clear),
  ];
  const leave = revealCodes(KEYMAP['ink.leave']);
  let escBound = false;
  return {
    // Esc opens reveal's overview; only while drawing is it taken, to leave drawing mode.
    drawing(on) {
      if (on && !escBound) for (const code of leave) deck.addKeyBinding(code, keys.leave);
      if (!on && escBound) for (const code of leave) deck.removeKeyBinding(code);
      escBound = on;
    },
    unbind() {
      for (const code of bound) deck.removeKeyBinding(code);
      if (escBound) for (const code of leave) deck.removeKeyBinding(code);
    },
  };
}
