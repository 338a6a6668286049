// The colours every stylesheet reads (src/model/palette.ts), in the page's first stylesheet.
import 'virtual:palette.css';
import 'reveal.js/reveal.css';
import './theme/deck.css';
// Everything that sizes a slide's content arrives with the start-up stylesheet, never with a chunk loaded after
// reveal laid the slides out: reveal's print view measures each slide once, and a late box leaves it
// centred as if empty (the picture clipped off its page, or over the notes) in some exports and not others.
import '../features/scenes/scene.css';
import '../features/presenter/countdown.css';
import '../features/presenter/timeline.css';
import '../features/copy/copy-buttons.css';
import deck from 'virtual:deck';
import { copyFeature, reserveCopyRoom } from '../features/copy/feature';
import { timeDeck } from '../features/presenter/mount';
import { handoutConfig, keepOnlyPaperSteps, keepOnlySceneSteps, numberSlides, readHandoutOptions } from '../features/handout/options';
import { paperForLocale } from '../model/paper';
import { createContext, type DeckContext } from '../platform/context';
import { loadFeatures, registerFeatures, type FeatureRow } from '../platform/feature';
import { classRole } from '../platform/live/role';
import { reservedConfig } from '../platform/params';
import { Reveal, type DeckConfig } from '../platform/reveal';
import { whenIdle } from '../platform/idle';
import { afterStillOf, inTurn, paceCopy } from '../platform/speaker/copy-pace';
import { alignWithProjector, followQuietly, projectorStill, projectorWindow, quietReceiverStart } from '../platform/speaker/receiver-start';

/** How long the speaker view's next-slide preview may wait for an idle moment once the projector has come to rest. */
const NEXT_COPY_WAIT_MS = 500;

const found = document.querySelector<HTMLElement>('.reveal .slides');
if (!found) throw new Error('index.html lacks .reveal .slides');
const slides: HTMLElement = found;
// index.html shows the slides, instead of its "opened from disk" message, once this script runs.
document.documentElement.dataset.deckStarted = '';

// The one context every feature shares: the day, storage, the clock, the URL's parameters, the window's role.
const context = createContext({ deck, search: location.search });
const { day } = context;
// A copy in the speaker view shows where the projector stands, never the way there: without its fades and the
// bounce of its arrow, a move there is drawn in one frame, not in the dozen a fragment's 0.2 s fade took.
if (context.speaker.role !== 'main') document.documentElement.dataset.speakerCopy = '';
timeDeck(slides, day.plan.entries);
const printing = readHandoutOptions(context.params, deck.classDay.paper ?? paperForLocale(navigator.language));
const handout = printing?.options;
if (handout) numberSlides(slides);
if (handout?.steps) keepOnlySceneSteps(slides);
else if (handout) keepOnlyPaperSteps(slides);
// A copy button is for a student at a screen, never for paper. The strip it sits in sizes the task code, so the
// strip is reserved before reveal lays the slides out; the buttons come after `ready`.
if (!printing) reserveCopyRoom(slides);
// A console warning is what the export script reports: it cannot print a banner's advice.
for (const warning of printing?.warnings ?? []) console.warn(`handout: ${warning}`);

// Tools find the deck here from the first moment (decktape, the tests); it answers once `isReady()` is true.
window.Reveal = Reveal;

// The deck's features, in the order they attach: adding one is one row. Reading comes after the scenes (it
// announces the words they write for a step); the handout after the scenes (it lays out the pages they drew on
// 'pdf-ready'). The live class loads only when the class server served this page to the lecturer, and never in
// the single file that opens from disk, where no class server is.
const FEATURES: readonly FeatureRow<DeckContext>[] = [
  { id: 'copy', when: !printing, load: copyFeature },
  // The speaker view's copies too: a copy whose move brought a slide into its reach laid that slide out inside the
  // move (a 40 ms forced layout at 4x, the next copy's frames of 61 to 68 ms in the popup).
  {
    id: 'lay-out-ahead',
    when: !printing,
    load: async () => (await import('../features/lay-out-ahead')).layOutAheadFeature(),
  },
  { id: 'presenter', load: async () => (await import('../features/presenter/attach')).presenterFeature() },
  { id: 'rehearsal', load: async () => (await import('../features/rehearsal')).rehearsalFeature() },
  { id: 'scenes', load: async () => (await import('../features/scenes')).scenesFeature() },
  { id: 'ink', load: async () => (await import('../features/ink')).inkFeature() },
  { id: 'reading', load: async () => (await import('../features/reading')).readingFeature() },
  {
    id: 'live',
    when: import.meta.env.MODE !== 'portable' && !printing && classRole(document) === 'lecturer',
    load: async () => (await import('../features/live')).liveFeature(),
  },
  ...(handout ? [{ id: 'handout', load: async () => (await import('../features/handout')).handoutFeature(handout) }] : []),
];
// The module finishes evaluating at once, with no top-level await: the features' chunks import modules from the
// chunk this entry is in, and a chunk still evaluating would never let them in (the deck would hang at `ready`).
void start();

async function start(): Promise<void> {
  // Printing has no start-up budget: the features load first, and the agenda's stills (countdown times, the
  // day's timeline) are drawn before reveal measures the slides to place them on their pages.
  const printFeatures = handout ? await loadFeatures(FEATURES) : null;
  if (handout) (await import('../features/presenter/attach')).drawPrintStills(slides, day.plan.schedule, day.date);

  // The speaker view's pacing follows the class agenda: every slide carries its share as data-timing.
  const agendaConfig = { totalTime: day.plan.totalSeconds } satisfies DeckConfig;
  // Opening the speaker view must never move the projector: its current-slide copy starts silent.
  const speakerCopyReady = quietReceiverStart(context.params);
  // The speaker view's copies follow once the projector has come to rest after a key press (its scene drawn, its
  // fades ended; 1.5 s at most): the current slide's then, the next slide's at the idle moment after that.
  const projector = projectorWindow();
  const atRest = afterStillOf(projector ?? window, () => projectorStill(projector));
  if (context.speaker.role === 'speaker')
    paceCopy(window, atRest, (moves) => {
      followQuietly(Reveal, moves);
    });
  if (context.speaker.role === 'copy')
    paceCopy(
      window,
      inTurn(atRest, (run) => whenIdle(run, NEXT_COPY_WAIT_MS)),
    );
  await Reveal.initialize(revealOptions(agendaConfig));
  // reveal lays every query key over these options (`?totalTime=`): the agenda's values go back (a warning says so).
  const overridden = reservedConfig(context.params, agendaConfig);
  if (Object.keys(overridden).length > 0) Reveal.configure(overridden);
  if (speakerCopyReady) speakerCopyReady(Reveal);
  else if (context.speaker.role === 'copy') alignWithProjector(Reveal, 1);
  // Reveal is ready: the deck answers the keyboard. `npm run bench` reads this mark.
  performance.mark('deck-ready');

  // Live, everything else loads after that: the first slide needs none of it, and the deck's start stays as quick
  // as a stock reveal.js page. A lecturer cannot press a key in the few milliseconds this takes.
  // reveal's own plugins too: the speaker view's copies and the handout use none of them.
  const revealPlugins =
    context.speaker.role === 'main' && !printing
      ? import('../platform/reveal-plugins').then(({ registerRevealPlugins }) => {
          registerRevealPlugins(Reveal);
        })
      : undefined;
  const features = printFeatures ?? (await loadFeatures(FEATURES));
  registerFeatures(Reveal, features, context);
  await revealPlugins;
  // Tools and tests find the attached features here, to detach and attach them again (tests/e2e/teardown.spec.ts).
  window.deckFeatures = { features, context };
  // Tests and tools wait for this: every feature attached (in print view, the handout marks its pages final).
  document.documentElement.dataset.deckReady = '';
}

/** reveal's options for this window: the projector's deck, a speaker view's copy, or the handout. */
function revealOptions(agendaConfig: DeckConfig): DeckConfig {
  return {
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
    // The speaker view's two copies of the deck run on the projector window's thread: each paints only its slide and
    // the next ones (reveal's default is three each way), and lays the others out when idle (lay-out-ahead).
    // Nobody reads a copy's address (it starts from the hash the popup gives it), so it never rewrites it: that was
    // a history entry replaced in each copy on every key press (3.5 ms of it at 4x, profiled).
    ...(context.speaker.role === 'main' ? {} : { viewDistance: 1, hash: false, fragmentInURL: false }),
    ...agendaConfig,
  };
}
