import type { Schedule } from './model';

/**
 * A block's title as the day's schedule has it; undefined for a block the day had no room for, or an id the
 * schedule never had (a stale one from storage, a gap's slide), so each caller says what stands in for it.
 */
export function blockTitle(schedule: Pick<Schedule, 'blocks'>, blockId: string | undefined): string | undefined {
  return schedule.blocks.find((block) => block.id === blockId)?.title;
}
