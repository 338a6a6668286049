import { AGENDA_DEFAULTS } from '../../model/config.ts';
import type { AgendaBlock, BlockLength, ScheduleInput } from './model.ts';
import { toMinutes, toSeconds, type FixedPart, type FlexiblePart, type Plan } from './plan.ts';
import type { Report } from './report.ts';
import { formatLengthMinutes } from '../../model/time.ts';

type Adjustments = NonNullable<ScheduleInput['adjustments']>;

/** The blocks split around the one flexible block, with adjustments applied. `classEnd` is in seconds. */
export function checkBlocks(
  blocks: readonly AgendaBlock[],
  adjustments: Adjustments,
  classEnd: number,
  report: Report,
  dayMinutes = 24 * 60,
): Pick<Plan, 'before' | 'flexible' | 'after'> {
  const usable = usableAdjustments(blocks, adjustments, dayMinutes, report);
  const before: FixedPart[] = [];
  const after: FixedPart[] = [];
  let flexible: FlexiblePart | undefined;
  const seen = new Set<string>();
  for (const block of blocks) {
    if (seen.has(block.id)) {
      report.problem(`two blocks have the id "${block.id}"`, `the second, "${block.title}", is dropped`);
      continue;
    }
    seen.add(block.id);
    const adjustment = usable.get(block.id) ?? 0;
    if (block.length.type === 'fixed') {
      const seconds = toSeconds(block.length.minutes + adjustment);
      if (!(seconds > 0)) {
        const adjusted = adjustment === 0 ? '' : ` (adjusted by ${formatLengthMinutes(adjustment)})`;
        report.problem(`"${block.title}" would last ${formatLengthMinutes(toMinutes(seconds))}${adjusted}`, 'dropped');
        continue;
      }
      (flexible ? after : before).push({ block, seconds });
      continue;
    }
    const part = flexiblePart(block, block.length, adjustment, classEnd, report);
    if (flexible) {
      report.problem(
        `"${flexible.block.title}" and "${block.title}" both run until a time before the end of class; ` + 'only one block can',
        `"${block.title}" gets its minimum of ${formatLengthMinutes(toMinutes(part.minSeconds))}`,
      );
      after.push({ block, seconds: part.minSeconds });
      continue;
    }
    flexible = part;
  }
  return { before, flexible, after };
}

function usableAdjustments(
  blocks: readonly AgendaBlock[],
  adjustments: Adjustments,
  dayMinutes: number,
  report: Report,
): Map<string, number> {
  const ids = new Set(blocks.map((b) => b.id));
  const usable = new Map<string, number>();
  for (const [id, minutes] of Object.entries(adjustments)) {
    // Adjustments outlive the slides they were made for (they are kept in storage), so stale ones are expected.
    if (!ids.has(id)) report.problem(`an adjustment names block "${id}", which is not on the agenda`, 'ignored');
    else if (!Number.isFinite(minutes)) report.problem(`the adjustment for "${id}" is not a number`, 'ignored');
    // A block longer or shorter by more than the whole day is corrupt storage, not a lecturer's change: its
    // length would print as "-Infinity min NaN s".
    else if (Math.abs(minutes) > dayMinutes) {
      report.problem(`"${id}" adjustment ${String(minutes).slice(0, 12)} min is more than the day's length (${dayMinutes} min)`, 'ignored');
    } else usable.set(id, minutes);
  }
  return usable;
}

function flexiblePart(
  block: AgendaBlock,
  length: Extract<BlockLength, { type: 'until-before-end' }>,
  adjustment: number,
  classEnd: number,
  report: Report,
): FlexiblePart {
  let until = length.minutes;
  if (!(until >= 0)) {
    report.problem(
      `"${block.title}" runs until ${String(until)} min before the end of class; that must be 0 or more`,
      'it runs until the end of class',
    );
    until = 0;
  }
  let min = length.minMinutes ?? AGENDA_DEFAULTS.minFlexibleMinutes;
  if (!(min > 0)) {
    report.problem(
      `"${block.title}" has a minimum of ${String(min)} min; it must be more than 0`,
      `using ${AGENDA_DEFAULTS.minFlexibleMinutes} min`,
    );
    min = AGENDA_DEFAULTS.minFlexibleMinutes;
  }
  return {
    block,
    endsBy: classEnd - toSeconds(until - adjustment),
    adjustment: toSeconds(adjustment),
    minSeconds: toSeconds(min),
  };
}
