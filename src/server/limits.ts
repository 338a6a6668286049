/**
 * A token bucket per connection: `burst` messages at once, then `perSecond`. Pure (the time is passed in), so
 * the unit tests drive it with their own clock.
 */
export interface RateLimiter {
  /** True when a message arriving at `now` (ms) may pass; a refused one costs nothing. */
  take(now: number): boolean;
}

export function rateLimiter(burst: number, perSecond: number, start = 0): RateLimiter {
  let tokens = burst;
  let last = start;
  return {
    take(now) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Why a message was dropped: each has its own counter, which the lecturer can read. */
export const DROP_REASONS = ['oversized', 'malformed', 'rate', 'forbidden', 'binary'] as const;
export type DropReason = (typeof DROP_REASONS)[number];
export type DropCounts = Record<DropReason, number>;

export const noDrops = (): DropCounts => ({ oversized: 0, malformed: 0, rate: 0, forbidden: 0, binary: 0 });
