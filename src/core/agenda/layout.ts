import { AGENDA_DEFAULTS } from '../../model/config.ts';
import { isGap, type AgendaBlock, type ScheduleItem } from './model.ts';
import { toMinutes, type FixedPart, type Plan } from './plan.ts';
import type { Report } from './report.ts';
import { advance, rewind, workBetween } from './spans.ts';
import { formatClock, formatLengthMinutes, formatSpan } from '../../model/time.ts';

/**
 * Lays the plan out on the clock, in seconds. Blocks before the flexible one run from the start of class; the
 * flexible block ends where it asked to, or earlier if the blocks after it need the time to end the day on time;
 * whatever is left at the end is free time. A day that does not fit is cut at the end of class.
 */
export function layOut(plan: Plan, report: Report): ScheduleItem[] {
  const items: ScheduleItem[] = plan.breaks.map((pause) => ({ kind: 'break', ...pause }));
  let cursor = plan.start;
  const place = (block: AgendaBlock, seconds: number): void => {
    for (const span of advance(cursor, seconds, plan.breaks)) {
      items.push({ kind: block.kind, blockId: block.id, title: block.title, ...span });
      cursor = span.end;
    }
  };

  for (const { block, seconds } of plan.before) place(block, seconds);
  if (plan.flexible) {
    const { block, endsBy, adjustment, minSeconds } = plan.flexible;
    const latest = rewind(plan.end, total(plan.after), plan.breaks);
    // Shrinking is what a flexible block is for; an extension it cannot have would be a + key that does nothing.
    if (adjustment > 0 && endsBy > latest) {
      const latestClock = formatClock(toMinutes(latest));
      report.problem(
        `"${block.title}" cannot run until ${formatClock(toMinutes(endsBy))}: ` +
          `the blocks after it start at ${latestClock} at the latest`,
        `it ends at ${latestClock}`,
      );
    }
    const ends = Math.min(endsBy, latest);
    const seconds = workBetween(cursor, ends, plan.breaks);
    if (seconds < minSeconds) {
      const span = formatSpan(toMinutes(cursor), toMinutes(ends));
      const got = seconds > 0 ? `${formatLengthMinutes(toMinutes(seconds))} (${span})` : 'no time';
      report.problem(
        `"${block.title}" would get ${got}, under its minimum of ${formatLengthMinutes(toMinutes(minSeconds))}`,
        'it keeps its minimum',
      );
    }
    place(block, Math.max(seconds, minSeconds));
  }
  for (const { block, seconds } of plan.after) place(block, seconds);

  if (cursor > plan.end) {
    const cut = cutMessage(items, plan.end);
    // With a flexible block, the overrun is the squeeze already reported: only say what the cut costs.
    if (plan.flexible) report.note(`to end on time, ${cut}`);
    else report.problem(overrunMessage(plan), cut);
  }
  for (const span of advance(cursor, workBetween(cursor, plan.end, plan.breaks), plan.breaks)) {
    items.push({ kind: 'free', title: AGENDA_DEFAULTS.freeTitle, ...span });
  }
  return items
    .filter((item) => item.start < plan.end)
    .map((item) => (item.end > plan.end ? { ...item, end: plan.end } : item))
    .sort((a, b) => a.start - b.start);
}

const total = (parts: readonly FixedPart[]): number => parts.reduce((sum, part) => sum + part.seconds, 0);

function overrunMessage(plan: Plan): string {
  const room = workBetween(plan.start, plan.end, plan.breaks);
  const day = formatSpan(toMinutes(plan.start), toMinutes(plan.end));
  const besides = plan.breaks.length > 0 ? ' outside its breaks' : '';
  return (
    `the blocks need ${formatLengthMinutes(toMinutes(total(plan.before)))} ` +
    `but the class (${day}) has ${formatLengthMinutes(toMinutes(room))}${besides}`
  );
}

/** Says which blocks the cut at the end of class shortens or drops. */
function cutMessage(items: readonly ScheduleItem[], end: number): string {
  const blocks = new Map<string, { title: string; kept: number; cut: boolean }>();
  for (const item of items) {
    if (isGap(item)) continue;
    const entry = blocks.get(item.blockId) ?? { title: item.title, kept: 0, cut: false };
    entry.kept += Math.max(0, Math.min(item.end, end) - item.start);
    entry.cut ||= item.end > end;
    blocks.set(item.blockId, entry);
  }
  const changes = [...blocks.values()]
    .filter((block) => block.cut)
    .map(({ title, kept }) => (kept > 0 ? `"${title}" shortened to ${formatLengthMinutes(toMinutes(kept))}` : `"${title}" dropped`));
  return `the day is cut at ${formatClock(toMinutes(end))}: ${changes.join(', ')}`;
}
