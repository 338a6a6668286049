import type { DeckContext } from '../../platform/context';
import { formatClock } from '../../model/time';
import type { Deck } from '../../platform/reveal';
import { stepShown } from '../../platform/read-step';
import { blockOf } from '../../platform/sections';
import type { RehearsalActions } from './dialog';
import { rehearsalPlan, skippedByDefault } from './plan';
import {
  enter,
  finish,
  IDLE_LIMIT_MS,
  lastActivity,
  newRun,
  pause,
  plannedReached,
  recordedMs,
  resume,
  skipBlock,
  slideTime,
  stopIfIdle,
  unskipBlock,
  type Place,
  type Run,
} from './run';
import type { RehearsalStatus } from './status';
import { RehearsalStore } from './store';
import { localDate, when } from './when';
import { keyOf } from '../../model/keymap';

/** How long a notice (storage trouble, a run stopped while idle) stays on the badge and in the speaker view. */
const NOTICE_MS = 30_000;

/** The recording: the stored runs, the run in progress, and what the lecturer is told about them. */
export interface Recorder {
  readonly store: RehearsalStore;
  readonly actions: RehearsalActions;
  /** The deck moved: a run in progress enters the slide and step shown now. */
  readonly follow: () => void;
  /** The day was re-planned (+ and -): a run in progress is measured against the new plan from then on. */
  readonly replan: () => void;
  /** What to show now; a run left idle too long is stopped first. */
  status(): RehearsalStatus;
  /** What the dialog says when it opens: storage trouble, a run stopped while idle. */
  said(): string[];
  /** Puts a notice on the badge for a while. */
  tell(text: string): void;
}

/** Where reveal put a slide (`h/v`): the plan knows the slides, reveal their positions. */
function slideAt(deck: Deck, section: HTMLElement): string {
  const { h, v } = deck.getIndices(section);
  return `${h}/${v ?? 0}`;
}

function placeNow(deck: Deck): Place {
  const slide = deck.getCurrentSlide();
  return { blockId: blockOf(slide) ?? 'unknown', slide: slideAt(deck, slide), step: stepShown(slide) };
}

/** Records against the day's plan, by the context's clock: `?now=` moves the rehearsal as it moves the agenda. */
export function createRecorder(
  deck: Deck,
  context: Pick<DeckContext, 'day' | 'content' | 'storage' | 'clock'>,
  changed: () => void,
): Recorder {
  const { day, content, clock } = context;
  const now = (): number => clock.now().getTime();
  const store = new RehearsalStore(context.storage);
  const planned = () => rehearsalPlan(day.plan, content, deck.getSlidesElement() ?? document, (s) => slideAt(deck, s));
  const save = (run: Run | null) => {
    store.saveCurrent(run);
    changed();
  };
  let notice = '';
  let noticeUntil = 0;
  let stoppedIdle = '';
  const tell = (text: string): void => {
    notice = text;
    noticeUntil = now() + NOTICE_MS;
  };
  if (store.problems.length > 0) tell(`Rehearsal storage: ${store.problems.join(' ')} Press ${keyOf('rehearsal.dialog')} for details.`);

  /** A run left idle too long (open overnight) is stopped and saved at its last activity, and says so. */
  const stopIdleRun = (): void => {
    const run = store.current;
    const stopped = run ? stopIfIdle(run, now()) : undefined;
    if (!run || !stopped) return;
    store.add([stopped]);
    store.saveCurrent(null);
    stoppedIdle = `The rehearsal left running since ${when(lastActivity(run), now())} was idle over ${IDLE_LIMIT_MS / 3_600_000} h: it was stopped and saved there. R shows its report.`;
    tell(stoppedIdle);
  };

  return {
    store,
    actions: recorderActions(store, now, save, () => newRunHere(deck, context, planned, now)),
    follow: () => {
      stopIdleRun();
      if (store.current) save(enter(store.current, placeNow(deck), now()));
    },
    replan: () => {
      const run = store.current;
      if (run) save({ ...run, ...planned() });
    },
    status() {
      stopIdleRun();
      if (notice !== '' && now() > noticeUntil) notice = '';
      const run = store.current;
      return run ? runStatus(run, now(), store.keeping) : { notice };
    },
    said: () => [...store.problems, ...(stoppedIdle ? [stoppedIdle] : [])],
    tell,
  };
}

/** A run starting now, here, on today's plan, with the blocks a rehearsal skips unless asked already skipped. */
function newRunHere(deck: Deck, { day }: Pick<DeckContext, 'day'>, planned: () => Pick<Run, 'blocks' | 'slides'>, now: () => number): Run {
  const { schedule } = day.plan;
  const { blocks, slides } = planned();
  const at = now();
  let run = newRun(
    { id: `run-${at}`, date: localDate(at), classStart: formatClock(schedule.start), classEnd: formatClock(schedule.end), blocks, slides },
    at,
    placeNow(deck),
  );
  for (const id of skippedByDefault(blocks)) run = skipBlock(run, id, at);
  return run;
}

function recorderActions(store: RehearsalStore, now: () => number, save: (run: Run | null) => void, fresh: () => Run): RehearsalActions {
  return {
    now,
    start() {
      save(fresh());
    },
    stop() {
      if (!store.current) return;
      store.add([finish(store.current, now())]);
      save(null);
    },
    togglePause() {
      const run = store.current;
      if (!run) return;
      save(run.pausedSince === null ? pause(run, now()) : resume(run, now()));
    },
    setSkipped(blockId: string, skipped: boolean) {
      const run = store.current;
      if (!run) return;
      save(skipped ? skipBlock(run, blockId, now()) : unskipBlock(run, blockId));
    },
  };
}

function runStatus(run: Run, at: number, keeping: boolean): RehearsalStatus {
  const here = run.place;
  return {
    paused: run.pausedSince !== null,
    onSlideMs: here ? slideTime(run, here.slide, at) : 0,
    plannedSlideS: run.slides.find((s) => s.slide === here?.slide)?.seconds ?? 0,
    totalMs: recordedMs(run, at),
    plannedSoFarS: plannedReached(run, at),
    keeping,
  };
}
