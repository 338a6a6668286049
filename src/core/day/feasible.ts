import { computeSchedule, type ScheduleInput } from '../agenda';

/**
 * Why a change to the adjustments would break the day, or undefined when the day holds. A day already broken
 * (say by `?end=` much too early) still takes changes that do not add to its problems, so the lecturer is never
 * locked out of the keys.
 */
export function whyNot(
  day: Omit<ScheduleInput, 'adjustments'>,
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): string | undefined {
  const next = computeSchedule({ ...day, adjustments: after });
  if (next.ok) return undefined;
  const now = computeSchedule({ ...day, adjustments: before });
  if (!now.ok && next.errors.length <= now.errors.length) return undefined;
  return next.errors.find((error) => now.ok || !now.errors.includes(error)) ?? next.errors[0];
}

/**
 * The most of `minutes` (whole seconds) that `fits`, for a resume that cannot add the whole pause: a longer
 * extension only squeezes the flexible block harder, so what fits is a prefix and a binary search finds its end.
 */
export function mostThatFits(minutes: number, fits: (minutes: number) => boolean): number {
  const seconds = Math.max(0, Math.round(minutes * 60));
  if (seconds === 0 || fits(seconds / 60)) return seconds / 60;
  let low = 0;
  let high = seconds;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid / 60)) low = mid;
    else high = mid;
  }
  return low / 60;
}
