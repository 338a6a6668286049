import { MS_PER_MINUTE } from '../../model/units';
import type { Schedule, ScheduleItem } from './model';
import { workBetween } from './spans';

export type Position =
  | { readonly phase: 'before'; readonly msLeft: number; readonly next: ScheduleItem | undefined }
  | {
      readonly phase: 'during';
      readonly item: ScheduleItem;
      readonly index: number;
      /** Until this item ends: for a block a break interrupts, until the break. */
      readonly msLeft: number;
      readonly next: ScheduleItem | undefined;
    }
  | { readonly phase: 'after' };

/** Where the day is at `minutes` since midnight. */
export function positionAt(schedule: Schedule, minutes: number): Position {
  if (minutes < schedule.start) {
    return { phase: 'before', msLeft: (schedule.start - minutes) * MS_PER_MINUTE, next: schedule.items[0] };
  }
  const index = schedule.items.findIndex((item) => minutes >= item.start && minutes < item.end);
  const item = schedule.items[index];
  if (!item) return { phase: 'after' };
  const msLeft = (item.end - minutes) * MS_PER_MINUTE;
  return { phase: 'during', item, index, msLeft, next: schedule.items[index + 1] };
}

/**
 * How far the deck is ahead of the clock (positive minutes) or behind it (negative): 0 while the clock is inside
 * the block on screen, else the distance to that block's planned start or end. Break time does not count, so
 * showing the first block after lunch just before lunch reads as a few minutes ahead, not an hour.
 * Undefined when the block is not on the schedule.
 */
export function minutesAhead(schedule: Schedule, shownBlockId: string, minutes: number): number | undefined {
  const block = schedule.blocks.find((b) => b.id === shownBlockId);
  if (!block) return undefined;
  const breaks = schedule.items.filter((item) => item.kind === 'break');
  if (minutes < block.start) return workBetween(minutes, block.start, breaks);
  if (minutes > block.end) return -workBetween(block.end, minutes, breaks);
  return 0;
}
