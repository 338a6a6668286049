import 'reveal.js/reveal.css';
import './theme/deck.css';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import deck from 'virtual:deck';
import { mountDeck } from './deck/mount';
import { Reveal } from './reveal';

const slides = document.querySelector<HTMLElement>('.reveal .slides');
if (!slides) throw new Error('index.html lacks .reveal .slides');
mountDeck(slides, deck, (slide) => slide.seconds ?? 120);

window.Reveal = Reveal;
await Reveal.initialize({
  width: 1280,
  height: 720,
  margin: 0.04,
  hash: true,
  fragmentInURL: true,
  // The arrow keys and a clicker's PageDown/PageUp walk every slide and step in order, vertical ones too.
  navigationMode: 'linear',
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  pdfSeparateFragments: false,
  plugins: [Notes, Search, Zoom],
});
// `npm run bench` reads this mark: navigation start to a deck that answers the keyboard.
performance.mark('deck-ready');
