import { minutesOfDay } from '../../core/agenda/clock';
import { formatClock, isoDate } from '../../model/time';

/** The calendar day of a moment (ms since the epoch), on this machine's clock. */
export function localDate(at: number): string {
  return isoDate(new Date(at));
}

/** "17:02", or with its date when that was another day. */
export function when(at: number, now: number): string {
  const clock = formatClock(minutesOfDay(new Date(at)));
  return localDate(at) === localDate(now) ? clock : `${localDate(at)} ${clock}`;
}
