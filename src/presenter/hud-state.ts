import { formatClock, formatDuration, minutesAhead, positionAt, type Schedule } from '../agenda';
import type { PauseAt } from './countdown-state';
import { formatPace } from './format';

/** What the slide on screen belongs to: a block by its id, or a break or free time by its title. */
export type Shown = { readonly blockId: string } | { readonly gapTitle: string };

export interface HudLine {
  readonly label: string;
  readonly value: string;
  /** The line the lecturer must act on: behind the plan, a block over, a pause running. */
  readonly alert?: boolean;
}

const MS_PER_MINUTE = 60_000;

/** The lecturer's view of the day at `minutes` since midnight, as label/value lines. */
export function hudLines(schedule: Schedule, minutes: number, shown: Shown | undefined, pause?: PauseAt): HudLine[] {
  const lines: HudLine[] = [
    { label: 'Clock', value: `${formatClock(minutes)} · class ends ${formatClock(schedule.end)}` },
    nowLine(schedule, minutes),
  ];
  if (shown) lines.push(shownLine(schedule, minutes, shown));
  if (pause) {
    const title = schedule.blocks.find((b) => b.id === pause.blockId)?.title ?? pause.blockId;
    const held = formatDuration(Math.max(0, minutes - pause.minutes) * MS_PER_MINUTE);
    lines.push({ label: 'Paused', value: `${title} for ${held} · Q resumes`, alert: true });
  }
  return lines;
}

function nowLine(schedule: Schedule, minutes: number): HudLine {
  const position = positionAt(schedule, minutes);
  if (position.phase === 'before') {
    return { label: 'Now', value: `before class · starts ${formatClock(schedule.start)} (in ${formatDuration(position.msLeft)})` };
  }
  if (position.phase === 'after') return { label: 'Now', value: `class is over (ended ${formatClock(schedule.end)})` };
  return { label: 'Now', value: `${position.item.title} · ${formatDuration(position.msLeft)} left` };
}

function shownLine(schedule: Schedule, minutes: number, shown: Shown): HudLine {
  if ('gapTitle' in shown) return { label: 'On screen', value: shown.gapTitle };
  const block = schedule.blocks.find((b) => b.id === shown.blockId);
  const ahead = minutesAhead(schedule, shown.blockId, minutes);
  if (!block || ahead === undefined) return { label: 'On screen', value: `${shown.blockId} (not on today's schedule)` };
  return {
    label: 'On screen',
    value: `${block.title} · ${formatPace(ahead)}`,
    ...(ahead <= -1 ? { alert: true } : {}),
  };
}
