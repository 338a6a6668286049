/** Wording shared by the countdowns, the HUD and the toasts. */

/** A length a room reads at a glance: "3 h 10 min", "45 min", "2 h". Rounded to whole minutes. */
export function formatHours(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Ahead of the plan (positive minutes) or behind it; within a minute counts as on plan. */
export function formatPace(minutesAhead: number): string {
  if (Math.abs(minutesAhead) < 1) return 'on plan';
  return `${formatHours(minutesAhead)} ${minutesAhead > 0 ? 'ahead' : 'behind'}`;
}

/** A change of length with its sign: "+5 min", "-2 min 30 s". */
export function formatDelta(minutes: number): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (rest === 0) return `${sign}${whole} min`;
  return whole === 0 ? `${sign}${rest} s` : `${sign}${whole} min ${rest} s`;
}
