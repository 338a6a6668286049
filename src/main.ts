import 'reveal.js/reveal.css';
import './theme/deck.css';
// Everything that sizes a slide's content arrives with the start-up stylesheet, never with a chunk loaded after
// reveal laid the slides out: reveal's print view measures each slide once, and a late box leaves it
// centred as if empty (the picture clipped off its page, or over the notes) in some exports and not others.
import './scenes/scene.css';
import './presenter/countdown.css';
import './presenter/timeline.css';
import './copy/copy-buttons.css';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import deck from 'virtual:deck';
import { addCopyButtons } from './copy/copy-buttons';
import { timeDeck } from './deck/mount';
import { handoutConfig, keepOnlySceneSteps, numberSlides, readHandoutOptions } from './handout/options';
import { createDay } from './presenter/create-day';
import { safeLocalStorage } from './presenter/storage';
import { Reveal } from './reveal';

const slides = document.querySelector<HTMLElement>('.reveal .slides');
if (!slides) throw new Error('index.html lacks .reveal .slides');

const storage = safeLocalStorage();
const day = createDay({ deck, search: location.search, storage });
timeDeck(slides, day.plan.entries);
const printing = readHandoutOptions(location.search);
const handout = printing?.options;
if (handout) numberSlides(slides);
if (handout?.steps) keepOnlySceneSteps(slides);
// A button is for a student at a screen, never for paper.
if (!printing) addCopyButtons(slides);
// A console warning is what the export script reports: it cannot print a banner's advice.
for (const warning of printing?.warnings ?? []) console.warn(`handout: ${warning}`);

// Tools find the deck here from the first moment (decktape, the tests); it answers once `isReady()` is true.
window.Reveal = Reveal;

const loadFeatures = () => Promise.all([import('./presenter/attach'), import('./rehearsal'), import('./scenes')]);
// Printing has no start-up budget: the features load first, and the agenda's stills (countdown times, the
// day's timeline) are drawn before reveal measures the slides to place them on their pages.
const printFeatures = handout ? await Promise.all([loadFeatures(), import('./handout')]) : null;
if (printFeatures) printFeatures[0][0].drawPrintStills(slides, day.plan.schedule);

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

// Live, everything else loads after that: the first slide needs none of it, and the deck's start stays as quick
// as a stock reveal.js page. A lecturer cannot press a key in the few milliseconds this takes.
const [presenter, rehearsal, scenes] = printFeatures ? printFeatures[0] : await loadFeatures();
presenter.attachPresenter(Reveal, day);
rehearsal.attachRehearsal(Reveal, day.plan, storage);
scenes.attachScenes(Reveal);
if (printFeatures && handout) {
  const lecture = deck.blocks[0];
  printFeatures[1].attachHandout(Reveal, { title: lecture?.title ?? document.title, kicker: lecture?.kicker ?? '' }, day.plan, handout);
}
// Tests and tools wait for this: every feature attached (in print view, the handout marks its pages final).
document.documentElement.dataset.deckReady = '';
