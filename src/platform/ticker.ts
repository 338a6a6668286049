import type { Clock } from '../core/agenda';

/**
 * Calls `tick` just after each whole second of `clock`, until the returned function stops it. Every tick reads
 * the clock afresh rather than counting calls, so a tab the browser throttled or a laptop that slept shows the
 * right time on its next tick; waking up (the page shown again) ticks at once.
 */
export function everySecond(clock: Clock, tick: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    // A few ms past the second, so a countdown that rounds up has already turned over.
    timer = setTimeout(run, 1000 - (clock.now().getTime() % 1000) + 5);
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
