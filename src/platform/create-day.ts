import { blockTitle, clockStartingAt, formatDurationMs, readAgendaParams, realClock, type AgendaOptions, type Clock } from '../core/agenda';
import { dayInput, planDay, type DayInput, type DayPlan } from '../core/agenda/day';
import type { PageDeck } from '../model/deck';
import { isoDate } from '../model/time';
import { MS_PER_MINUTE } from '../model/units';
import { addMinutes, agendaStateKey, NO_CHANGES, parseAgendaState, type AgendaState, type DayRecord } from '../core/day/agenda-state';
import { describeChange } from '../core/day/change-message';
import { changesBeforeClass, classStartMs, type BeforeClass } from '../core/day/before-class';
import { plausibleTime } from '../core/day/countdown-state';
import { anchorOffset, CLOCK_ANCHOR_KEY, offsetClock, parseClockAnchor } from '../core/day/clock-anchor';
import { mostThatFits, whyNot } from '../core/day/feasible';
import { formatDelta, formatHours } from '../core/day/format';
import type { PageParams } from './params';
import { inSpeakerView } from './speaker/role';
import type { SafeStorage } from './storage';

export interface DayOptions {
  /** The slides and the class file's day, which the URL overrides. */
  readonly deck: PageDeck;
  /** The page's parameters: start, end, break, date and now, and whether this is a speaker view's copy. */
  readonly params: PageParams;
  readonly storage: SafeStorage;
  /** The real time; tests pass their own. */
  readonly clock?: Clock;
}

export interface ChangeResult {
  readonly ok: boolean;
  /** For the room: what changed, or why nothing did. */
  readonly message: string;
}

/** The class day as the deck runs it: the plan, the clock, and the lecturer's changes to both. */
export interface Day {
  /** The current plan; it changes with every adjustment. */
  readonly plan: DayPlan;
  readonly state: AgendaState;
  /** Whose changes + - Q make: a rehearsal (`?now=` or `?rehearse`) keeps its own, apart from the class's. */
  readonly record: DayRecord;
  /** The class date, ISO `YYYY-MM-DD`: the URL's, else the class file's, else today's by the deck's clock. */
  readonly date: string;
  /** Everything wrong at start: URL parameters, an impossible day, unreadable storage. */
  readonly warnings: string[];
  readonly clock: Clock;
  /** Minutes more (negative: fewer) for a block; refused when the day cannot hold it. */
  adjust(blockId: string, minutes: number): ChangeResult;
  /** Holds `blockId` for questions: its countdown stops until `resume`. */
  pause(blockId: string): ChangeResult;
  /** Ends the pause and adds its length to the paused block, or as much of it as the day can hold. */
  resume(): ChangeResult;
  /** The class's changes made before it began, once it has: offered for reset (see `settleBeforeClass`). */
  beforeClass(): BeforeClass | undefined;
  /** Resets those changes to the plan, or keeps them as the class's own. */
  settleBeforeClass(reset: boolean): ChangeResult;
  /** Takes up changes another window of the deck stored; their message, when something changed. */
  reload(): string | undefined;
  /** Called after every change with its message; `here` is false for one taken up from another window. */
  onChange(listener: DayListener): () => void;
}

export type DayListener = (message: string, here: boolean) => void;

export function createDay({ deck, params: query, storage, clock: real = realClock }: DayOptions): Day {
  const params = readAgendaParams(query, deck.classDay);
  const options = params.options;
  const warnings = [...query.warnings, ...params.warnings];
  const clock = chooseClock(options, inSpeakerView(query), storage, real);
  const record: DayRecord = options.now !== undefined || query.has('rehearse') ? 'rehearsal' : 'class';
  const key = agendaStateKey(clock.now(), record);
  // The deck's blocks, derived once: every re-plan and every "would this fit" starts from them.
  const input = dayInput(deck, options);

  const stored = storage.readJson(key, parseAgendaState);
  if (stored.problem !== undefined) {
    warnings.push(`today's agenda changes are lost: ${stored.problem}; the day runs as planned`);
  }
  const state = plausible(stored.value ?? NO_CHANGES, clock.now().getTime(), warnings);
  const plan = planDay(deck, options, state.adjustments, input);
  warnings.push(...plan.warnings);
  const day: Running = { deck, options, input, storage, key, clock, listeners: new Set(), state, plan };
  const date = options.date ?? isoDay(clock.now());
  const beforeClass = (): BeforeClass | undefined =>
    record === 'class'
      ? changesBeforeClass(day.state, day.plan.schedule, classStartMs(date, day.plan.schedule.start), clock.now().getTime())
      : undefined;

  return {
    get plan() {
      return day.plan;
    },
    get state() {
      return day.state;
    },
    date,
    record,
    warnings,
    clock,
    adjust: (blockId, minutes) => adjustBlock(day, blockId, minutes),
    pause: (blockId) => pauseBlock(day, blockId),
    resume: () => resumePaused(day),
    beforeClass,
    settleBeforeClass(reset) {
      if (!beforeClass()) return refuse('No changes from before class');
      const message = reset
        ? commit(day, NO_CHANGES, { note: ' · the changes from before class are undone' })
        : commit(day, day.state, { said: 'The changes from before class are kept for the class' });
      return { ok: true, message };
    },
    reload() {
      const fresh = storage.readJson(key, parseAgendaState);
      if (fresh.problem !== undefined) return undefined;
      const next = plausible(fresh.value ?? NO_CHANGES, clock.now().getTime(), []);
      return JSON.stringify(next) === JSON.stringify(day.state) ? undefined : commit(day, next, { save: false });
    },
    onChange(listener) {
      day.listeners.add(listener);
      return () => day.listeners.delete(listener);
    },
  };
}

/** What the day holds between changes: one record, so the named parts below share it. */
interface Running {
  readonly deck: PageDeck;
  readonly options: AgendaOptions;
  readonly input: DayInput;
  readonly storage: SafeStorage;
  readonly key: string;
  readonly clock: Clock;
  readonly listeners: Set<DayListener>;
  state: AgendaState;
  plan: DayPlan;
}

const title = (day: Running, blockId: string): string => blockTitle(day.plan.schedule, blockId) ?? blockId;
const refuse = (message: string): ChangeResult => ({ ok: false, message });
const unscheduled = (day: Running, blockId: string): string | undefined =>
  day.plan.schedule.blocks.some((b) => b.id === blockId) ? undefined : `${title(day, blockId)} is not on today's agenda`;

/** Makes `next` the day's state; `note` says more than the difference of the two states can. */
function commit(day: Running, next: AgendaState, { save = true, note = '', said = '' } = {}): string {
  const before = { state: day.state, schedule: day.plan.schedule };
  // A change made here is stamped with its time; one taken up from another window keeps that window's.
  day.state = save ? { ...next, changedAt: day.clock.now().getTime() } : next;
  day.plan = planDay(day.deck, day.options, day.state.adjustments, day.input);
  const saved = !save || day.storage.writeJson(day.key, day.state);
  const message =
    (said || (describeChange(before, { state: day.state, schedule: day.plan.schedule }) ?? 'No change')) +
    note +
    (saved ? '' : ' (could not be saved: it lasts until the page reloads)');
  for (const listener of day.listeners) listener(message, save);
  return message;
}

function adjustBlock(day: Running, blockId: string, minutes: number): ChangeResult {
  const problem = unscheduled(day, blockId);
  if (problem !== undefined) return refuse(problem);
  const adjustments = addMinutes(day.state.adjustments, blockId, minutes);
  const why = whyNot(day.input, day.state.adjustments, adjustments);
  if (why !== undefined) {
    return refuse(`Cannot ${minutes > 0 ? 'extend' : 'shorten'} ${title(day, blockId)} by ${formatHours(minutes)}: ${why}`);
  }
  return { ok: true, message: commit(day, { ...day.state, adjustments }) };
}

function pauseBlock(day: Running, blockId: string): ChangeResult {
  if (day.state.pause) return refuse(`${title(day, day.state.pause.blockId)} is already paused: Q resumes`);
  const problem = unscheduled(day, blockId);
  if (problem !== undefined) return refuse(problem);
  return { ok: true, message: commit(day, { ...day.state, pause: { blockId, since: day.clock.now().getTime() } }) };
}

function resumePaused(day: Running): ChangeResult {
  const { state, clock, input } = day;
  const pause = state.pause;
  if (!pause) return refuse('Nothing is paused');
  const held = Math.max(0, clock.now().getTime() - pause.since) / MS_PER_MINUTE;
  const fits = (minutes: number): boolean =>
    whyNot(input, state.adjustments, addMinutes(state.adjustments, pause.blockId, minutes)) === undefined;
  const added = mostThatFits(held, fits);
  const short = held - added > 1 / 60;
  const note = short ? ` · the day only had room for ${formatDelta(added)} of the ${formatDurationMs(held * MS_PER_MINUTE)} pause` : '';
  return { ok: true, message: commit(day, { adjustments: addMinutes(state.adjustments, pause.blockId, added) }, { note }) };
}

/**
 * The real clock, or with `?now=` a rehearsal clock. The window the lecturer opened starts it and stores when;
 * the speaker view's copies of the deck (`?receiver`) run from that same start.
 */
function chooseClock(options: AgendaOptions, receiver: boolean, storage: SafeStorage, real: Clock): Clock {
  const now = options.now;
  if (now === undefined) return real;
  const own = { now, at: real.now().getTime() };
  if (!receiver) {
    storage.writeJson(CLOCK_ANCHOR_KEY, own);
    return clockStartingAt(now, real);
  }
  return offsetClock(real, () => {
    const shared = storage.readJson(CLOCK_ANCHOR_KEY, parseClockAnchor).value;
    return anchorOffset(shared?.now === now ? shared : own);
  });
}

/**
 * The stored state without a pause that began at no real time or in the future (corrupt storage or another
 * machine's clock): the countdown would read NaN:NaN and Q would add an absurd length to the block.
 */
function plausible(state: AgendaState, now: number, warnings: string[]): AgendaState {
  const DAY = 24 * 60;
  // Dropped here, not only by the schedule, so that + and - start again from the plan.
  const adjustments = Object.fromEntries(
    Object.entries(state.adjustments).filter(([id, minutes]) => {
      if (Math.abs(minutes) <= DAY) return true;
      warnings.push(`the stored change to "${id.slice(0, 24)}" (${String(minutes).slice(0, 12)} min) is more than a day; ignored`);
      return false;
    }),
  );
  const pause = state.pause;
  if (!pause || (plausibleTime(pause.since) && pause.since <= now + MS_PER_MINUTE && now - pause.since < DAY * MS_PER_MINUTE)) {
    return { ...state, adjustments };
  }
  warnings.push(`the stored pause of "${pause.blockId.slice(0, 24)}" is not at a plausible time; ignored`);
  return { adjustments };
}

/** The local calendar day of `date`, ISO. */
function isoDay(date: Date): string {
  return isoDate(date);
}
