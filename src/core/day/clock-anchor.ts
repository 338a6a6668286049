import * as v from 'valibot';
import type { Clock } from '../agenda';
import { parsedBy } from '../parsed-by';
import { storageKey } from '../../model/keys';

/**
 * The moment a rehearsal clock (`?now=HH:MM`) was started, kept in storage so the speaker view's copies of the
 * deck, which load later, read the same time as the projector instead of starting their own `now` from scratch.
 */
const ClockAnchorSchema = v.object({
  /** The clock time asked for, minutes since midnight. */
  now: v.pipe(v.number(), v.finite()),
  /** When the deck that asked for it started, real ms since the epoch. */
  at: v.pipe(v.number(), v.finite()),
});

export type ClockAnchor = Readonly<v.InferOutput<typeof ClockAnchorSchema>>;

export const CLOCK_ANCHOR_KEY = storageKey('rehearsal-clock');

export const parseClockAnchor: (value: unknown) => ClockAnchor | undefined = parsedBy(ClockAnchorSchema);

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
