/**
 * How long to wait before reconnect attempt `attempt` (0 first): doubling from `baseMs` up to `maxMs`, spread
 * by up to a third either way so a class of laptops does not come back in one wave after a server restart.
 * `random` in [0, 1).
 */
export function backoffMs(attempt: number, random: number, baseMs = 400, maxMs = 8000): number {
  const plain = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(plain * (2 / 3 + (2 / 3) * random));
}
