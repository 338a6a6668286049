// The baseline for `npm run bench`: the same slides in a stock reveal.js page (serif theme, the same plugins),
// with none of the deck's own code.
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import deck from 'virtual:deck';

const section = (html) => `<section>${html}</section>`;
document.querySelector('.slides').innerHTML = deck.blocks
  .flatMap((block) => block.stacks.map((stack) => (stack.length === 1 ? section(stack[0].html) : section(stack.map((s) => section(s.html)).join('')))))
  .join('');
window.Reveal = Reveal;
Reveal.initialize({ hash: true, plugins: [Notes, Search, Zoom] }).then(() => performance.mark('deck-ready'));
