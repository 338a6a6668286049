import { formatClock, formatDurationMs, formatSpan, isGap, type ScheduleItem } from '../agenda';
import { MS_PER_MINUTE } from '../../model/units';
import type { CountdownState } from './countdown-state';
import { formatHours } from './format';

export type CountdownPhase = 'running' | 'warn' | 'paused' | 'over' | 'before' | 'unscheduled';

/** What a countdown slide says, as plain strings, so the wording can be tested without a page. */
export interface CountdownText {
  readonly phase: CountdownPhase;
  /** The big line: the time left, "Time's up", or "starts at 10:20". */
  readonly main: string;
  readonly label: string;
  /** The block's own end when a break comes first. */
  readonly end: string;
  readonly next: string;
}

const nextLine = (next: ScheduleItem | undefined, classEnd: number): string =>
  next ? `Next: ${next.title} at ${formatClock(next.start)}` : `Class ends at ${formatClock(classEnd)}`;

/** After a break: class resumes, another break begins (touching breaks), or the day is over. */
const gapThen = (next: ScheduleItem | undefined): string =>
  next === undefined ? 'class ends' : isGap(next) ? `${next.title.toLowerCase()} begins` : 'class resumes';

export interface CountdownSubject {
  /** The block, break or free time counted down. */
  readonly title: string;
  readonly gap: boolean;
  /** For the last item of the day, which has no next. */
  readonly classEnd: number;
}

export function countdownText(state: CountdownState, { title, gap, classEnd }: CountdownSubject): CountdownText {
  switch (state.phase) {
    case 'unscheduled':
      return { phase: 'unscheduled', main: '—', label: "not on today's agenda", end: '', next: '' };
    case 'before': {
      const what = state.resumes ? 'resumes' : 'starts';
      return {
        phase: 'before',
        main: `${what} at ${formatClock(state.startsAt)}`,
        label: `in ${formatDurationMs(state.msLeft)} · ends ${formatClock(state.endsAt)}`,
        end: '',
        next: '',
      };
    }
    case 'over':
      return {
        phase: 'over',
        main: "Time's up",
        label: `over by ${formatDurationMs(state.msOver)} · ended ${formatClock(state.endsAt)}`,
        end: '',
        next: nextLine(state.next, classEnd),
      };
    case 'running': {
      const until = state.breakAt
        ? `${state.breakAt.title.toLowerCase()} at ${formatClock(state.until)}`
        : gap
          ? `${gapThen(state.next)} at ${formatClock(state.until)}`
          : `ends ${formatClock(state.until)}`;
      const minutesLeft = Math.ceil(state.msLeft / MS_PER_MINUTE);
      const label = state.paused
        ? 'paused for questions · Q resumes'
        : state.warn
          ? `${minutesLeft} min left · ${until}`
          : `left · ${until}`;
      return {
        phase: state.paused ? 'paused' : state.warn ? 'warn' : 'running',
        main: formatDurationMs(state.msLeft),
        label,
        end: state.breakAt ? `${title} ends ${formatClock(state.endsAt)}` : '',
        next: nextLine(state.next, classEnd),
      };
    }
  }
}

/** The print view's still version: "10:50–14:00 · 3 h 10 min" (working time, without breaks inside). */
export function printedSpan(start: number, end: number, minutes: number): string {
  return `${formatSpan(start, end)} · ${formatHours(minutes)}`;
}
