import { isGap, minutesOfDay, type Schedule, type ScheduleItem } from '../agenda';
import { sameClockTime } from '../../model/time';
import { MS_PER_MINUTE } from '../../model/units';
import type { Pause } from './agenda-state';

/** What a countdown slide counts down to: a block of the agenda, or a break or free time by its clock times. */
export type CountdownTarget =
  { readonly kind: 'block'; readonly blockId: string } | { readonly kind: 'gap'; readonly start: number; readonly end: number };

/**
 * A countdown at one moment. Its title is the target's, read from the same schedule items as its times: the
 * count and the words beside it come from one resolution of the target.
 */
export type CountdownState =
  | { readonly phase: 'unscheduled' }
  | {
      readonly phase: 'before';
      readonly title: string;
      /** Until the target starts, or (`resumes`) until a block a break interrupted carries on. */
      readonly msLeft: number;
      readonly startsAt: number;
      readonly resumes: boolean;
      readonly endsAt: number;
    }
  | {
      readonly phase: 'running';
      readonly title: string;
      readonly msLeft: number;
      /** The clock time the count reaches zero: the target's end, or a break that interrupts it. */
      readonly until: number;
      readonly endsAt: number;
      /** The break that interrupts the target before it ends. */
      readonly breakAt: ScheduleItem | undefined;
      readonly warn: boolean;
      readonly paused: boolean;
      readonly next: ScheduleItem | undefined;
    }
  | {
      readonly phase: 'over';
      readonly title: string;
      readonly msOver: number;
      readonly endsAt: number;
      readonly next: ScheduleItem | undefined;
    };

/** The cue that the end is near: the room needs time to wrap up. */
export const WARN_MS = 5 * MS_PER_MINUTE;

/** The countdown at `minutes` (since midnight). A pause on the target freezes it at the moment it began. */
export function countdownState(schedule: Schedule, target: CountdownTarget, minutes: number, pause?: PauseAt): CountdownState {
  const segments = targetItems(schedule, target);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return { phase: 'unscheduled' };
  const paused = target.kind === 'block' && pause?.blockId === target.blockId;
  const at = paused ? pause.minutes : minutes;
  const endsAt = last.end;
  const { title } = first;
  const following = (item: ScheduleItem): ScheduleItem | undefined => schedule.items[schedule.items.indexOf(item) + 1];

  if (at >= endsAt) return { phase: 'over', title, msOver: (at - endsAt) * MS_PER_MINUTE, endsAt, next: following(last) };
  const current = segments.find((item) => at < item.end) ?? last;
  if (at < current.start) {
    return {
      phase: 'before',
      title,
      msLeft: (current.start - at) * MS_PER_MINUTE,
      startsAt: current.start,
      resumes: current !== first,
      endsAt,
    };
  }
  const msLeft = (current.end - at) * MS_PER_MINUTE;
  const next = following(current);
  return {
    phase: 'running',
    title,
    msLeft,
    until: current.end,
    endsAt,
    breakAt: current === last ? undefined : next,
    warn: msLeft <= WARN_MS,
    paused,
    next,
  };
}

function targetItems(schedule: Schedule, target: CountdownTarget): ScheduleItem[] {
  if (target.kind === 'block') return schedule.items.filter((item) => !isGap(item) && item.blockId === target.blockId);
  return schedule.items.filter((item) => isGap(item) && sameClockTime(item.start, target.start) && sameClockTime(item.end, target.end));
}

export interface PauseAt {
  readonly blockId: string;
  /** When the pause began, in minutes since midnight, like every clock time of a schedule. */
  readonly minutes: number;
}

/** Undefined also for a pause at no real time (corrupt storage): the countdown runs on rather than read NaN:NaN. */
export function pauseAt(pause: Pause | undefined): PauseAt | undefined {
  if (!pause || !plausibleTime(pause.since)) return undefined;
  return { blockId: pause.blockId, minutes: minutesOfDay(new Date(pause.since)) };
}

/** An epoch time from 2000 to 2100: anything else is a broken clock or broken storage. */
export function plausibleTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= Date.UTC(2000, 0, 1) && ms < Date.UTC(2100, 0, 1);
}

/**
 * The moment every "time left" reads: while a block is held for questions, the pause's start, where its countdown
 * slide stopped (the speaker view's time left ran on while the projector's stood still); else the clock.
 */
export function timeLeftAt(schedule: Schedule, minutes: number, pause: PauseAt | undefined): number {
  if (!pause) return minutes;
  const held = schedule.items.find((item) => pause.minutes >= item.start && pause.minutes < item.end);
  return held && !isGap(held) && held.blockId === pause.blockId ? pause.minutes : minutes;
}
