import type { Clock } from '../agenda';

/**
 * The moment a rehearsal clock (`?now=HH:MM`) was started, kept in storage so the speaker view's copies of the
 * deck, which load later, read the same time as the projector instead of starting their own `now` from scratch.
 */
export interface ClockAnchor {
  /** The clock time asked for, minutes since midnight. */
  readonly now: number;
  /** When the deck that asked for it started, real ms since the epoch. */
  readonly at: number;
}

export const CLOCK_ANCHOR_KEY = 'vmdocker.rehearsal-clock';

export function parseClockAnchor(value: unknown): ClockAnchor | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { now, at } = value as Record<string, unknown>;
  return typeof now === 'number' && typeof at === 'number' && Number.isFinite(now) && Number.isFinite(at)
    ? { now, at }
    : undefined;
}

/** How far a clock started at `anchor` runs ahead of the real one, in ms. */
export function anchorOffset(anchor: ClockAnchor): number {
  const startsAt = new Date(anchor.at);
  startsAt.setHours(0, 0, 0, 0);
  startsAt.setMinutes(anchor.now);
  return startsAt.getTime() - anchor.at;
}

/** A clock `offset()` ms ahead of `base`; the offset is read on every call, so it can follow a new anchor. */
export function offsetClock(base: Clock, offset: () => number): Clock {
  return { now: () => new Date(base.now().getTime() + offset()) };
}
