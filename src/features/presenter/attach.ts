import { minutesOfDay, type Schedule } from '../../core/agenda';
import type { Deck } from '../../platform/reveal';
import { showBanner } from './banner';
import { reserveTop } from '../../platform/reserve-top';
import { pauseAt } from '../../core/day/countdown-state';
import { countdownCue } from '../../core/day/countdown-cue';
import { beforeClassLine } from '../../core/day/before-class';
import type { CountdownState } from '../../core/day/countdown-state';
import { announce } from '../../platform/announce';
import { countdownView, spokenTimeLeft, type CountdownView } from './countdown-view';
import type { DeckContext } from '../../platform/context';
import type { ChangeResult, Day } from '../../platform/create-day';
import { disposer, type Disposer, type Feature } from '../../platform/feature';
import { readSection } from '../../platform/sections';
import { privacyOf, type NoticePrivacy } from '../../platform/speaker/privacy';
import { styleSpeakerOnContact } from '../../platform/speaker/panel';
import { hudOverlay, type HudOverlay } from './hud';
import { hudLines, type Moment, type Shown } from './hud-state';
import { bindAgendaKeys, type AgendaKeys } from './keys';
import { motionAllowed } from './motion';
import { retimeSections } from './mount';
import { speakerAgenda } from './speaker-agenda';
import { hostSpeakerPanel, type SpeakerSlots } from './popup-panel';
import { speakerControls } from './speaker-controls';
import { speakerTimeRow } from './speaker-time-view';
import type { SafeStorage } from '../../platform/storage';
import { speakerTimes } from './speaker-times';
import { everySecond } from '../../platform/ticker';
import { fillClassDates, shortClassDate } from '../../platform/class-date';
import { timelineView, type TimelineView } from './timeline-view';
import { toaster, type Toaster } from './toast';

const STEP_MINUTES = 5;

/**
 * Which slide is on screen, from what the deck wrote on it: its block and its index in the block, or a break's
 * (or free time's) clock times. The times themselves come from the plan.
 */
function shownOn(deck: Deck): Shown | undefined {
  const slide = deck.getCurrentSlide() as HTMLElement | undefined;
  const mark = readSection(slide);
  if (!slide || !mark) return undefined;
  if (mark.kind === 'gap') {
    const { start, end } = mark;
    const gapTitle = slide.querySelector('h2')?.textContent ?? mark.gap;
    return start !== undefined && end !== undefined ? { gapTitle, start, end } : { gapTitle };
  }
  // A countdown slide a break split: its copy after the break is part 1.
  return mark.slide !== undefined ? { blockId: mark.blockId, slide: mark.slide, part: mark.part } : { blockId: mark.blockId };
}

/** The print view's stills: each countdown as its clock times, the agenda slide's timeline as the planned day. */
export function drawPrintStills(root: ParentNode, schedule: Schedule, date: string): void {
  fillClassDates(root, date, schedule);
  for (const element of root.querySelectorAll<HTMLElement>('[data-countdown]')) countdownView(element).print(schedule);
  for (const element of root.querySelectorAll<HTMLElement>('.agenda-timeline')) {
    element.replaceChildren();
    timelineView(element).draw(schedule, false);
  }
}

/**
 * The agenda in the running deck: countdown slides, the agenda slide's timeline, the keys that change the day,
 * the lecturer's HUD and speaker-view panel, and the warnings. In print view, a still of each.
 */
export function presenterFeature(): Feature<DeckContext> {
  const held = disposer();
  return {
    id: 'presenter',
    init(deck, context) {
      attachPresenter(deck, context, held);
    },
    destroy() {
      held.dispose();
    },
  };
}

/** What the presenter drew into the slides: taken out on destroy, drawn again by the next init. */
const DRAWN = '.agenda-timeline > svg, .agenda-timeline > table, [data-countdown] > .countdown-clock, [data-countdown] > .countdown-next';

function attachPresenter(deck: Deck, context: DeckContext, held: Disposer): void {
  const { day, speaker: view } = context;
  const root = deck.getRevealElement() ?? document.body;
  const banner = showBanner(view.role === 'main' ? day.warnings : []);
  if (banner) held.defer(reserveTop(banner, 'banner'));
  held.defer(() => {
    banner?.remove();
    for (const element of root.querySelectorAll(DRAWN)) element.remove();
  });

  if (deck.isPrintView()) {
    // main.ts drew the stills before reveal measured the slides; print view may copy a page per step, and a
    // copy of an SVG has lost d3's data, so the pages are drawn again.
    const still = (): void => {
      drawPrintStills(root, day.plan.schedule, day.date);
    };
    if (root.querySelector('.pdf-page')) still();
    else held.onDeck(deck, 'pdf-ready', still);
    return;
  }

  // The panel the projector may host from a file is filled at once, by the tick made below.
  const views = presenterViews(root, context, held, () => {
    tick();
  });
  const sayTimeLeft = timeLeftSayer(deck, day);
  // The speaker view's next-slide copy stays quiet: its slide is not the one running.
  const tick = ticker(deck, root, day, views, held, view.role === 'copy' ? () => undefined : sayTimeLeft);
  held.defer(
    day.onChange((message, here) => {
      retimeSections(root, day.plan.entries);
      for (const timeline of views.timelines) timeline.draw(day.plan.schedule, motionAllowed());
      tick();
      deck.layout();
      // A change from another window was said there. Said again here, from a storage event that may come after a
      // later notice the projector relayed, it would overwrite that notice in the speaker view.
      if (here) views.tell(message, false);
      else views.toast?.say(message, false);
    }),
  );
  held.defer(bindAgendaKeys(deck, dayCommands(deck, day, views, tick, sayTimeLeft)));
  // Another window of the deck (the speaker view's, or the projector's) changed the day.
  held.listen(window, 'storage', () => {
    day.reload();
  });
  held.onDeck(deck, 'slidechanged', tick);
  held.defer(everySecond(day.clock, tick));
  // The timeline and countdowns changed the slides' heights after reveal centred them.
  deck.layout();
}

/** What the presenter shows: in the slides, on the projector, in the speaker view. */
interface PresenterViews extends SpeakerSlots {
  readonly countdowns: readonly CountdownView[];
  readonly timelines: readonly TimelineView[];
  readonly hud: HudOverlay | undefined;
  readonly toast: Toaster | undefined;
  readonly privacy: NoticePrivacy;
  /** Says a change (or a refusal) wherever the lecturer reads notices. */
  readonly tell: (message: string, refused: boolean) => void;
}

function presenterViews(root: ParentNode, context: DeckContext, held: Disposer, redraw: () => void): PresenterViews {
  const { day, storage, speaker: view } = context;
  const countdowns = [...root.querySelectorAll<HTMLElement>('[data-countdown]')].map(countdownView);
  const timelines = [...root.querySelectorAll<HTMLElement>('.agenda-timeline')].map(timelineView);
  for (const timeline of timelines) timeline.draw(day.plan.schedule, false);
  // The speaker view's copies of the deck show neither overlay nor toasts: the lecturer reads them in the view.
  const receiver = view.role !== 'main';
  const privacy = privacyOf(context);
  const hud = receiver ? undefined : hudOverlay();
  const toast = receiver ? undefined : toaster();
  const times = speakerTimeRow(view);
  const speaker = speakerAgenda(view);
  held.defer(() => {
    hud?.remove();
    toast?.remove();
    times?.remove();
    speaker?.remove();
  });
  if (view.role === 'speaker') held.defer(speakerControls(view, storage, privacy));
  const allow = (): void => {
    hud?.allow(privacy.open);
    toast?.allow(privacy.open);
  };
  held.defer(privacy.onChange(allow));
  allow();
  held.defer(
    privacy.onTold((message, refused) => {
      speaker?.say(message, refused);
    }),
  );
  const tell = (message: string, refused: boolean): void => {
    toast?.say(message, refused);
    views.speaker?.say(message, refused);
    privacy.tell(message, refused);
  };
  const views: PresenterViews = { countdowns, timelines, hud, toast, times, speaker, privacy, tell };
  if (view.role === 'main') held.defer(hostFromFile(views, storage, redraw));
  return views;
}

/** From a file the projector draws the speaker view's panel itself, once per popup; `redraw` fills it at once. */
function hostFromFile(views: PresenterViews, storage: SafeStorage, redraw: () => void): () => void {
  let close: (() => void) | undefined;
  const stop = styleSpeakerOnContact((view, popup) => {
    close?.();
    close = hostSpeakerPanel(views, view, popup, { storage, privacy: views.privacy });
    redraw();
  });
  return () => {
    stop();
    close?.();
  };
}

/** Says, for a screen reader, the time left of the block (or break) on screen. */
function timeLeftSayer(deck: Deck, day: Day): () => void {
  return () => {
    const slide = (deck.getCurrentSlide() as HTMLElement | undefined) ?? null;
    announce(document, spokenTimeLeft(slide, day.plan.schedule, minutesOfDay(day.clock.now()), pauseAt(day.state.pause)));
  };
}

/**
 * Redraws everything that shows the time from one moment of the class clock; slide changes restart the slide's
 * time. `cue` is said when a tick of the countdown on screen crosses 5 or 1 minutes left, or time runs out.
 */
function ticker(deck: Deck, root: ParentNode, day: Day, views: PresenterViews, held: Disposer, cue: () => void): () => void {
  // How long the slide on screen has been shown, by the class clock: the pace's "time on this slide".
  let enteredAt = day.clock.now().getTime();
  // The countdown on screen as the last tick drew it.
  let counted: CountdownState | undefined;
  const drawn = (state: CountdownState): void => {
    if (countdownCue(counted, state)) cue();
    counted = state;
  };
  held.onDeck(deck, 'slidechanged', () => {
    enteredAt = day.clock.now().getTime();
    counted = undefined;
  });
  return () => {
    const now = day.clock.now();
    const minutes = minutesOfDay(now);
    const pause = pauseAt(day.state.pause);
    const { schedule } = day.plan;
    // Only the slide on screen: the others are drawn when they are shown, from the clock at that moment.
    const slide = deck.getCurrentSlide() as HTMLElement | undefined;
    for (const countdown of views.countdowns) if (slide?.contains(countdown.root)) drawn(countdown.show(schedule, minutes, pause));
    for (const timeline of views.timelines) timeline.mark(minutes);
    // One moment, one plan: the HUD, the speaker view's panel and its row of time all read these.
    const moment: Moment = { minutes, shown: shownOn(deck), pause };
    const lines = hudLines(day.plan, moment);
    views.hud?.show(lines);
    views.speaker?.show(lines);
    const early = day.beforeClass();
    views.speaker?.offer(early && beforeClassLine(early), (reset) => {
      const result = day.settleBeforeClass(reset);
      if (!result.ok) views.tell(result.message, true);
    });
    views.times?.show(speakerTimes(day.plan, moment, now.getTime() - enteredAt, shortClassDate(day.date), day.record));
    fillClassDates(root, day.date, schedule);
  };
}

/** What the agenda's keys do to the day, and what they say. */
function dayCommands(deck: Deck, day: Day, views: PresenterViews, tick: () => void, sayTimeLeft: () => void): AgendaKeys {
  const { hud, times, speaker, privacy, tell } = views;
  const report = (result: ChangeResult): void => {
    if (!result.ok) tell(result.message, true);
  };
  /** Changes the block on screen; a break or free time keeps its clock times. */
  const change = (act: (blockId: string) => ChangeResult): void => {
    const shown = shownOn(deck);
    report(
      shown && 'blockId' in shown
        ? act(shown.blockId)
        : { ok: false, message: 'A break keeps its clock times: move to a block to change the agenda' },
    );
  };
  return {
    extend: () => {
      change((blockId) => day.adjust(blockId, STEP_MINUTES));
    },
    shorten: () => {
      change((blockId) => day.adjust(blockId, -STEP_MINUTES));
    },
    togglePause: () => {
      // Resuming does not depend on the slide on screen: the lecturer may have moved on during questions.
      if (day.state.pause) report(day.resume());
      else change((blockId) => day.pause(blockId));
    },
    toggleHud: () => {
      if (!hud) {
        // The speaker view's copy: its row of time is the overlay, so T points at it rather than do nothing.
        times?.flash();
        speaker?.say('The timing overlay is this top row; D shows it on the projector too', false);
        return;
      }
      hud.toggle();
      if (hud.wanted && !hud.visible) tell('The timing overlay is in the speaker view; D shows it on the projector too', false);
      tick();
    },
    sayTimeLeft,
    toggleProjector: () => {
      const on = !privacy.onProjector;
      const kept = privacy.setOnProjector(on);
      const said = on
        ? 'Notices show on the projector too (D: speaker view only)'
        : 'Notices show in the speaker view only (D: on the projector too)';
      tell(kept ? said : `${said} (not remembered: storage refused)`, false);
    },
  };
}
