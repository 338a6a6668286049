import { describe, expect, it } from 'vitest';
import { blockTitle, computeSchedule } from '../../../../src/core/agenda';
import { seedDay, SEED } from './fixtures';

describe('blockTitle', () => {
  const result = computeSchedule(seedDay);
  if (!result.ok) throw new Error(result.errors.join('; '));
  const { schedule } = result;

  it('names every scheduled block by its own title', () => {
    expect(SEED.map((block) => blockTitle(schedule, block.id))).toEqual(SEED.map((block) => block.title));
  });

  it('names nothing for an id the day does not schedule, so the caller chooses the stand-in', () => {
    expect(blockTitle(schedule, 'gone')).toBeUndefined();
    expect(blockTitle(schedule, undefined)).toBeUndefined();
    expect(blockTitle({ blocks: schedule.blocks.filter((b) => b.id !== 'demo') }, 'demo')).toBeUndefined();
  });
});
