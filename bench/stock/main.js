// The baseline for `npm run bench`: the same slides in a stock reveal.js page (serif theme, the same plugins),
// with none of the deck's own code.
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';

// The slides come in index.html, put there by the same Vite plugin as the deck's.
window.Reveal = Reveal;
Reveal.initialize({ hash: true, plugins: [Notes, Search, Zoom] }).then(() => performance.mark('deck-ready'));
