import { MS_PER_MINUTE } from '../../model/units';
import type { CountdownState } from './countdown-state';
import type { CountdownText } from './countdown-text';

/** Minutes left at which a running countdown is announced (WCAG 4.1.3): the room's cue to wrap up, then to finish. */
export const CUE_MINUTES: readonly number[] = [5, 1];

/**
 * Whether the step from `before` to `after` (one countdown, one clock tick apart) is worth announcing: a cue
 * minute crossed while it runs, or time running out. Never on every second, never while paused, and never on
 * arrival (`before` undefined): the slide's own words were just read then. A clock that jumps past several
 * cues announces the last one only.
 */
export function countdownCue(before: CountdownState | undefined, after: CountdownState): 'minutes' | 'over' | undefined {
  if (before?.phase !== 'running' || before.paused) return undefined;
  if (after.phase === 'over') return 'over';
  if (after.phase !== 'running' || after.paused) return undefined;
  const crossed = CUE_MINUTES.some((m) => before.msLeft > m * MS_PER_MINUTE && after.msLeft <= m * MS_PER_MINUTE);
  return crossed ? 'minutes' : undefined;
}

/** "5 minutes", "1 minute", "40 seconds": a time left as a screen reader should say it, not "4:59". */
export function spokenDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${String(seconds)} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * The countdown in one sentence for the status region: what it counts, the time left in words, and the lines
 * the slide shows under it ("left · ends 14:24", the next item).
 */
export function spokenCountdown(state: CountdownState, text: CountdownText): string {
  if (state.phase === 'unscheduled') return `Countdown: ${text.label}.`;
  const head =
    state.phase === 'running' && !state.paused ? `${state.title}: ${spokenDuration(state.msLeft)} left` : `${state.title}: ${text.main}`;
  const label = state.phase === 'running' && !state.paused ? text.label.replace(/^\d+ min left · |^left · /, '') : text.label;
  return [head, label, text.end, text.next].filter((part) => part !== '').join('. ') + '.';
}
