import { MS_PER_MINUTE } from '../../model/units';

/** One injectable clock, so rehearsals and tests can say what time it is. */
export interface Clock {
  now(): Date;
}

export const realClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `minutes` (since midnight, today) when made and then runs at real speed, so countdowns
 * still tick during a rehearsal with `?now=HH:MM`.
 */
export function clockStartingAt(minutes: number, base: Clock = realClock): Clock {
  const madeAt = base.now();
  const startsAt = new Date(madeAt);
  startsAt.setHours(0, 0, 0, 0);
  startsAt.setMinutes(minutes);
  const offset = startsAt.getTime() - madeAt.getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}

/** Minutes since local midnight, with seconds as a fraction: the unit schedules use. */
export function minutesOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60 + date.getMilliseconds() / MS_PER_MINUTE;
}

export function clockMinutes(clock: Clock): number {
  return minutesOfDay(clock.now());
}
