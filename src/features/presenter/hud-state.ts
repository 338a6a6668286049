import { blockTitle, formatClock, formatDurationMs, positionAt, type Schedule, type TimedEntry } from '../../core/agenda';
import { MS_PER_MINUTE } from '../../model/units';
import { timeLeftAt, type PauseAt } from '../../core/day/countdown-state';
import { formatPace } from '../../core/day/format';
import { minutesAheadOf, slideWindow, type Shown } from './hud-pace';

export type { Shown } from './hud-pace';

export interface HudLine {
  /** Which reading this is, so a view can place it (the speaker view puts clock and time left in its own cells). */
  readonly id: 'clock' | 'now' | 'shown' | 'paused';
  readonly label: string;
  readonly value: string;
  /** The line the lecturer must act on: behind the plan, a block over, a pause running. */
  readonly alert?: boolean;
}

/** The plan the readings come from: the schedule, and every slide's share of it. */
export interface PlanTimes {
  readonly schedule: Schedule;
  readonly entries: readonly TimedEntry[];
}

/** The moment read: the clock, the slide on screen and how long it has been there, a pause for questions. */
export interface Moment {
  /** Minutes since midnight by the class clock. */
  readonly minutes: number;
  readonly shown: Shown | undefined;
  readonly pause?: PauseAt;
}

/**
 * The lecturer's view of the day as label/value lines. Every view of the time (the HUD, the speaker view's
 * cells) is made from these, in the same tick, so no two of them can disagree.
 */
export function hudLines(plan: PlanTimes, moment: Moment): HudLine[] {
  const { schedule } = plan;
  const { minutes, shown, pause } = moment;
  const lines: HudLine[] = [
    { id: 'clock', label: 'Clock', value: `${formatClock(minutes)} · class ends ${formatClock(schedule.end)}` },
    nowLine(schedule, timeLeftAt(schedule, minutes, pause)),
  ];
  if (shown) lines.push(shownLine(plan, minutes, shown));
  if (pause) {
    const title = blockTitle(schedule, pause.blockId) ?? pause.blockId;
    const held = formatDurationMs(Math.max(0, minutes - pause.minutes) * MS_PER_MINUTE);
    lines.push({ id: 'paused', label: 'Paused', value: `${title} for ${held} · Q resumes`, alert: true });
  }
  return lines;
}

function nowLine(schedule: Schedule, minutes: number): HudLine {
  const position = positionAt(schedule, minutes);
  const line = (value: string): HudLine => ({ id: 'now', label: 'Now', value });
  if (position.phase === 'before') {
    return line(`before class · starts ${formatClock(schedule.start)} (in ${formatDurationMs(position.msLeft)})`);
  }
  if (position.phase === 'after') return line(`class is over (ended ${formatClock(schedule.end)})`);
  return line(`${position.item.title} · ${formatDurationMs(position.msLeft)} left`);
}

/** The slide on screen against the plan: its block (or break) and how far ahead or behind its window the clock is. */
function shownLine({ schedule, entries }: PlanTimes, minutes: number, shown: Shown): HudLine {
  const line = (value: string, alert = false): HudLine => ({ id: 'shown', label: 'On screen', value, ...(alert ? { alert } : {}) });
  const title = 'gapTitle' in shown ? shown.gapTitle : blockTitle(schedule, shown.blockId);
  const window = slideWindow(schedule, entries, shown);
  if ('gapTitle' in shown && !window) return line(shown.gapTitle);
  if (title === undefined || !window) return line(`${'blockId' in shown ? shown.blockId : ''} (not on today's schedule)`);
  const ahead = minutesAheadOf(schedule, window, minutes);
  return line(`${title} · ${formatPace(ahead)}`, ahead <= -1);
}
