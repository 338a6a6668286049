import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import type { Deck } from './reveal';

/**
 * reveal's own plugins: the speaker view (S), search (Ctrl+Shift+F) and zoom (Alt+click). None of them draws a
 * slide, and together they were 87 KB of the 250 KB of script the deck started with (the notes plugin carries
 * the speaker view's whole page and a Markdown parser), so this module is loaded after `ready`. reveal starts a
 * plugin registered after it is ready at once.
 */
export const REVEAL_PLUGINS = [Notes, Search, Zoom] as const;

export function registerRevealPlugins(deck: Deck): void {
  for (const create of REVEAL_PLUGINS) deck.registerPlugin(create());
}
