import { checkBlocks } from './check-blocks.ts';
import { checkBreaks } from './check-breaks.ts';
import { checkClassTimes } from './check-class.ts';
import { MAX_BREAKS } from '../../model/config.ts';
import { layOut } from './layout.ts';
import { isGap, type BlockItem, type Break, type Schedule, type ScheduledBlock, type ScheduleInput, type ScheduleItem } from './model.ts';
import { toMinutes, toSeconds } from './plan.ts';
import { Report } from './report.ts';

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; errors: string[] };

/** The day as planned, or every reason it cannot be held (for tests and the build). */
export function computeSchedule(input: ScheduleInput): ScheduleResult {
  const report = new Report();
  const schedule = plan(input, report);
  return report.errors.length === 0 ? { ok: true, schedule } : { ok: false, errors: report.errors };
}

/**
 * Always a schedule: what is wrong is dropped, clamped or cut at the end of class, and each repair is a warning
 * (for the browser, which shows them in a banner and still runs the deck).
 */
export function nearestSaneSchedule(input: ScheduleInput): { schedule: Schedule; warnings: string[] } {
  const report = new Report();
  const schedule = plan(input, report);
  return { schedule, warnings: report.warnings };
}

function plan(input: ScheduleInput, report: Report): Schedule {
  const day = checkClassTimes(input.start, input.end, report);
  const start = toSeconds(day.start);
  const end = toSeconds(day.end);
  const breaks = checkBreaks(capBreaks(input.breaks ?? [], report), { start, end }, report);
  const blocks = checkBlocks(input.blocks, input.adjustments ?? {}, end, report, toMinutes(end - start));
  const items = layOut({ start, end, breaks, ...blocks }, report);
  return {
    start: toMinutes(start),
    end: toMinutes(end),
    items: items.map((item) => ({ ...item, start: toMinutes(item.start), end: toMinutes(item.end) })),
    blocks: summarize(items),
  };
}

/** One entry per block, from its items in seconds. */
function summarize(items: readonly ScheduleItem[]): ScheduledBlock[] {
  const blocks = new Map<string, { first: BlockItem; end: number; work: number }>();
  for (const item of items) {
    if (isGap(item)) continue;
    const entry = blocks.get(item.blockId);
    if (entry) {
      entry.end = item.end;
      entry.work += item.end - item.start;
    } else {
      blocks.set(item.blockId, { first: item, end: item.end, work: item.end - item.start });
    }
  }
  return [...blocks.values()].map(({ first, end, work }) => ({
    id: first.blockId,
    title: first.title,
    kind: first.kind,
    start: toMinutes(first.start),
    end: toMinutes(end),
    minutes: toMinutes(work),
  }));
}

/** The URL and the class file cap breaks already; a day planned in code gets the same limit, and the same warning. */
function capBreaks(breaks: readonly Break[], report: Report): readonly Break[] {
  if (breaks.length <= MAX_BREAKS) return breaks;
  report.problem(`the day has ${breaks.length} breaks; at most ${MAX_BREAKS} are allowed`, `only the first ${MAX_BREAKS} are kept`);
  return breaks.slice(0, MAX_BREAKS);
}
