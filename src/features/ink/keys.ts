import type { Deck } from '../../platform/reveal';
import type { Tool } from './input';

/**
 * Letters reveal.js leaves free (its own: A B C F G H J K L N O P S V, with Space, arrows, Esc, . , / and ?) and
 * this deck's other features too (+ - Q T D R). Bound through reveal, so they are listed in its help (?) and
 * reach the deck from the speaker view, which forwards key codes to its current-slide copy.
 */
const TOOL_KEYS: readonly { code: number; key: string; tool: Tool; what: string }[] = [
  { code: 73, key: 'I', tool: 'pen', what: 'Ink: pen on / off' },
  { code: 77, key: 'M', tool: 'highlighter', what: 'Ink: highlighter (marker)' },
  { code: 69, key: 'E', tool: 'eraser', what: 'Ink: eraser' },
  { code: 87, key: 'W', tool: 'laser', what: 'Ink: laser pointer' },
];
const CLEAR = 88;
const ESC = 27;

export interface InkKeys {
  readonly tool: (tool: Tool) => void;
  readonly clear: () => void;
  readonly leave: () => void;
}

export function bindInkKeys(deck: Deck, keys: InkKeys): { readonly drawing: (on: boolean) => void; readonly unbind: () => void } {
  for (const { code, key, tool, what } of TOOL_KEYS)
    deck.addKeyBinding({ keyCode: code, key, description: what }, () => {
      keys.tool(tool);
    });
  deck.addKeyBinding({ keyCode: CLEAR, key: 'X', description: 'Ink: clear this step’s ink' }, keys.clear);
  let escBound = false;
  return {
    // Esc opens reveal's overview; only while drawing is it taken, to leave drawing mode.
    drawing(on) {
      if (on && !escBound) deck.addKeyBinding(ESC, keys.leave);
      if (!on && escBound) deck.removeKeyBinding(ESC);
      escBound = on;
    },
    unbind() {
      for (const { code } of TOOL_KEYS) deck.removeKeyBinding(code);
      deck.removeKeyBinding(CLEAR);
      if (escBound) deck.removeKeyBinding(ESC);
    },
  };
}
