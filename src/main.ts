import 'reveal.js/reveal.css';
import './theme/deck.css';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import deck from 'virtual:deck';
import { timeDeck } from './deck/mount';
import { handoutConfig, keepOnlySceneSteps, readHandoutOptions } from './handout/options';
import { createDay } from './presenter/create-day';
import { safeLocalStorage } from './presenter/storage';
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
// Reveal is ready: the deck answers the keyboard. `npm run bench` reads this mark.
performance.mark('deck-ready');

// Everything else loads after that, in parallel: the first slide needs none of it, and the deck's start stays as
// quick as a stock reveal.js page. A lecturer cannot press a key in the few milliseconds this takes.
const features = Promise.all([import('./presenter/attach'), import('./rehearsal')]).then(([presenter, rehearsal]) => {
  presenter.attachPresenter(Reveal, day);
  rehearsal.attachRehearsal(Reveal, day.plan, storage);
});
const scenes = import('./scenes').then(({ attachScenes }) => {
  attachScenes(Reveal);
});
const printed = handout ? import('./handout').then(({ attachHandout }) => { attachHandout(Reveal, day.plan, handout, Promise.all([scenes, features])); }) : null;
// Tests and tools wait for this: every feature attached (and, in print view, the pages laid out).
void Promise.all([features, scenes, printed]).then(() => {
  document.documentElement.dataset.deckReady = '';
});
