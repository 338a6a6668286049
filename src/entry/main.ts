import 'reveal.js/reveal.css';
import './theme/deck.css';
// Everything that sizes a slide's content arrives with the start-up stylesheet, never with a chunk loaded after
// reveal laid the slides out: reveal's print view measures each slide once, and a late box leaves it
// centred as if empty (the picture clipped off its page, or over the notes) in some exports and not others.
import '../features/scenes/scene.css';
import '../features/presenter/countdown.css';
import '../features/presenter/timeline.css';
import '../features/copy/copy-buttons.css';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import deck from 'virtual:deck';
import { addCopyButtons } from '../features/copy/copy-buttons';
import { classLine } from '../model/class-day';
import { timeDeck } from '../features/presenter/mount';
import { handoutConfig, keepOnlySceneSteps, numberSlides, readHandoutOptions } from '../features/handout/options';
import { createDay } from '../platform/create-day';
import { safeLocalStorage } from '../platform/storage';
import { Reveal } from '../platform/reveal';

const slides = document.querySelector<HTMLElement>('.reveal .slides');
if (!slides) throw new Error('index.html lacks .reveal .slides');
// index.html shows the slides, instead of its "opened from disk" message, once this script runs.
document.documentElement.dataset.deckStarted = '';

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

const loadFeatures = () => Promise.all([import('../features/presenter/attach'), import('../features/rehearsal'), import('../features/scenes')]);
// Printing has no start-up budget: the features load first, and the agenda's stills (countdown times, the
// day's timeline) are drawn before reveal measures the slides to place them on their pages.
const printFeatures = handout ? await Promise.all([loadFeatures(), import('../features/handout')]) : null;
if (printFeatures) printFeatures[0][0].drawPrintStills(slides, day.plan.schedule);

await Reveal.initialize({
  width: 1280,
  height: 720,
  margin: 0.04,
  hash: true,
  fragmentInURL: true,
  // The arrow keys and a clicker's PageDown/PageUp walk every slide and step in order, vertical ones too.
  navigationMode: 'linear',
  // Reveal's scroll view (below 435 px) drops the fragment step on a jump or a resize (the soak found it);
  // phones have the student view instead, so the deck keeps its slides at any width.
  scrollActivationWidth: 0,
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
  const labels = { title: lecture?.title ?? document.title, kicker: classLine(deck.classDay), date: day.date };
  printFeatures[1].attachHandout(Reveal, labels, day.plan, handout);
}
// Tests and tools wait for this: every feature attached (in print view, the handout marks its pages final).
document.documentElement.dataset.deckReady = '';
