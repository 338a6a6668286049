import type { Schedule } from '../agenda';
import { blockTitle } from '../agenda';
import { formatClock } from '../../model/time';
import type { AgendaState } from './agenda-state';
import { formatDelta } from './format';

/**
 * The class's own record of + / - / Q may hold changes made before the class began: a rehearsal on the real
 * clock (R on a plain URL) that morning, or a try-out. Once the class has begun they are offered for reset, in
 * words the lecturer can check ("Install Docker +5 min, made at 08:12"), instead of silently shifting the day.
 */
export interface BeforeClass {
  /** When the last of them was made, by the deck's clock (ms since the epoch). */
  readonly madeAt: number;
  /** "Install Docker +5 min · Intro −5 min · Container Fun paused since 08:40", from the plan's titles. */
  readonly changes: string;
}

/**
 * The changes to offer for reset: there are some, the record says when they were made (older records do not),
 * that was before the class's start, and the class has started. `classStart` is the class day's start (ms).
 */
export function changesBeforeClass(state: AgendaState, schedule: Schedule, classStart: number, now: number): BeforeClass | undefined {
  const madeAt = state.changedAt;
  if (madeAt === undefined || madeAt >= classStart || now < classStart) return undefined;
  const title = (id: string): string => blockTitle(schedule, id) ?? id;
  const parts = Object.entries(state.adjustments).map(([id, minutes]) => `${title(id)} ${formatDelta(minutes)}`);
  if (state.pause) parts.push(`${title(state.pause.blockId)} paused since ${clockOf(state.pause.since)}`);
  return parts.length === 0 ? undefined : { madeAt, changes: parts.join(' · ') };
}

/** The line the speaker view shows with its Reset and Keep buttons. */
export function beforeClassLine(offer: BeforeClass): string {
  return `Changed before class (last at ${clockOf(offer.madeAt)}, a rehearsal?): ${offer.changes}`;
}

/** The class day's start, local time, in ms since the epoch: `date` is ISO `YYYY-MM-DD`, `start` minutes since midnight. */
export function classStartMs(date: string, start: number): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? NaN, (month ?? NaN) - 1, day ?? NaN, 0, start).getTime();
}

const clockOf = (ms: number): string => {
  const date = new Date(ms);
  return formatClock(date.getHours() * 60 + date.getMinutes());
};
