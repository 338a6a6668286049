import 'reveal.js/reveal.css';
import './theme/deck.css';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import deck from 'virtual:deck';
import { timeDeck } from './deck/mount';
import { handoutConfig, keepOnlySceneSteps, readHandoutOptions } from './handout/options';
import { attachPresenter, createDay } from './presenter';
import { safeLocalStorage } from './presenter/storage';
import { attachRehearsal } from './rehearsal';
import { Reveal } from './reveal';

const slides = document.querySelector<HTMLElement>('.reveal .slides');
if (!slides) throw new Error('index.html lacks .reveal .slides');

const storage = safeLocalStorage();
const day = createDay({ deck, search: location.search, storage });
timeDeck(slides, day.plan.entries);
const handout = readHandoutOptions(location.search);
if (handout?.steps) keepOnlySceneSteps(slides);

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
  ...handoutConfig(handout),
  // The speaker view's pacing follows the class agenda: every slide carries its share as data-timing.
  totalTime: day.plan.totalSeconds,
  plugins: [Notes, Search, Zoom],
});
attachPresenter(Reveal, day);
attachRehearsal(Reveal, day.plan, storage);
// Scenes (D3 and their pictures) and the print layout load after the deck answers the keyboard: the first
// slide needs neither, and the deck's start stays as quick as a stock reveal.js page.
const scenes = import('./scenes').then(({ attachScenes }) => {
  attachScenes(Reveal);
});
if (handout) void import('./handout').then(({ attachHandout }) => { attachHandout(Reveal, day.plan, handout, scenes); });
// `npm run bench` reads this mark: navigation start to a deck that answers the keyboard.
performance.mark('deck-ready');
