import type { Clock } from '../core/agenda';

/**
 * From `time` (ms since 1970) to a few ms past the next whole second, so a countdown that rounds up has already
 * turned over. The remainder is taken as positive: before 1970 `%` is negative, and the wait was up to 2 s.
 */
export function msToNextSecond(time: number): number {
  return 1000 - (((time % 1000) + 1000) % 1000) + 5;
}

/**
 * Calls `tick` just after each whole second of `clock`, until the returned function stops it. Every tick reads
 * the clock afresh rather than counting calls, so a tab the browser throttled or a laptop that slept shows the
 * right time on its next tick; waking up (the page shown again) ticks at once.
 */
export function everySecond(clock: Clock, tick: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, msToNextSecond(clock.now().getTime()));
  };
  const run = (): void => {
    tick();
    schedule();
  };
  const wake = (): void => {
    if (document.visibilityState === 'visible') run();
  };
  document.addEventListener('visibilitychange', wake);
  run();
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', wake);
  };
}
