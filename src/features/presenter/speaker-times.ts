import { blockTitle, formatClock, formatDurationMs, positionAt } from '../../core/agenda';
import { timeLeftAt } from '../../core/day/countdown-state';
import { formatPace } from '../../core/day/format';
import type { DayRecord } from '../../core/day/agenda-state';
import { minutesAheadOf, slideWindow } from './hud-pace';
import type { Moment, PlanTimes } from './hud-state';

/** One reading of the speaker view's time row: a small label, a large value, a line under it. */
export interface TimeCell {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  /** Behind the plan, or over the slide's share. */
  readonly alert?: boolean;
}

/** The speaker view's three readings of time: the class clock, the block's time left, the slide's pace. */
export interface SpeakerTimes {
  readonly clock: TimeCell;
  readonly left: TimeCell;
  readonly pace: TimeCell;
}

const wholeSeconds = (ms: number): number => Math.max(0, Math.floor(ms / 1000)) * 1000;

/**
 * The speaker view's time row, from the same plan, clock and formatters as the HUD's lines, so the two read the
 * same. `onSlideMs`: how long the slide on screen has been shown. A rehearsal says so on its clock: its + - Q
 * changes are its own, and the lecturer must not take them for the class's.
 */
export function speakerTimes(plan: PlanTimes, moment: Moment, onSlideMs: number, date?: string, record: DayRecord = 'class'): SpeakerTimes {
  const { schedule, entries } = plan;
  const { minutes, shown } = moment;
  const name = record === 'rehearsal' ? 'Rehearsal clock' : 'Clock';
  const clock: TimeCell = {
    label: date === undefined ? name : `${name} · ${date}`,
    value: formatClock(minutes),
    detail: `class ends ${formatClock(schedule.end)}`,
  };

  const position = positionAt(schedule, timeLeftAt(schedule, minutes, moment.pause));
  let left: TimeCell;
  if (position.phase === 'before') {
    left = { label: 'Class starts in', value: formatDurationMs(position.msLeft), detail: `at ${formatClock(schedule.start)}` };
  } else if (position.phase === 'after') {
    left = { label: 'Class', value: 'over', detail: `ended ${formatClock(schedule.end)}` };
  } else {
    const { item } = position;
    left = { label: 'Time left', value: formatDurationMs(position.msLeft), detail: `${item.title} · until ${formatClock(item.end)}` };
  }

  const window = shown ? slideWindow(schedule, entries, shown) : undefined;
  if (!shown || !window) {
    return { clock, left, pace: { label: 'This slide', value: formatDurationMs(wholeSeconds(onSlideMs)), detail: 'not on today’s plan' } };
  }
  const ahead = minutesAheadOf(schedule, window, minutes);
  const over = onSlideMs > window.seconds * 1000;
  const title = 'gapTitle' in shown ? shown.gapTitle : (blockTitle(schedule, shown.blockId) ?? shown.blockId);
  return {
    clock,
    left,
    pace: {
      label: `This slide · ${title}`,
      value: `${formatDurationMs(wholeSeconds(onSlideMs))} of ${formatDurationMs(window.seconds * 1000)}`,
      detail: `${over ? 'over its share · ' : ''}lecture ${formatPace(ahead)}`,
      ...(ahead <= -1 ? { alert: true } : {}),
    },
  };
}
