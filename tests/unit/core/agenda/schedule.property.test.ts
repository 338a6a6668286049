import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule, isGap, nearestSaneSchedule, type AgendaBlock, type Break, type ScheduleInput } from '../../../../src/core/agenda';
import { BLOCK_KINDS } from '../../../../src/model/kinds';
import { expectTiles } from './fixtures';

/**
 * Class days of every shape: any times, breaks anywhere (also overlapping or outside the class), any number of
 * flexible blocks, fixed lengths in whole seconds (as a lecture's slides give them), any adjustments.
 */
const anyDay: fc.Arbitrary<ScheduleInput> = fc
  .record({
    start: fc.integer({ min: 0, max: 1200 }),
    length: fc.integer({ min: 30, max: 600 }),
    breaks: fc.array(fc.record({ offset: fc.integer({ min: -60, max: 600 }), minutes: fc.integer({ min: 1, max: 90 }) }), { maxLength: 3 }),
    blocks: fc.array(
      fc.record({
        kind: fc.constantFrom(...BLOCK_KINDS),
        length: fc.oneof(
          {
            weight: 4,
            arbitrary: fc.record({ type: fc.constant('fixed' as const), minutes: fc.integer({ min: 60, max: 5400 }).map((s) => s / 60) }),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              type: fc.constant('until-before-end' as const),
              minutes: fc.integer({ min: 0, max: 120 }),
              minMinutes: fc.integer({ min: 1, max: 30 }),
            }),
          },
        ),
        adjustment: fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ start, length, breaks, blocks }) => ({
    start,
    end: start + length,
    breaks: breaks.map(({ offset, minutes }): Break => ({ start: start + offset, end: start + offset + minutes })),
    blocks: blocks.map(({ kind, length }, i): AgendaBlock => ({ id: `b${i}`, title: `Block ${i}`, kind, length })),
    adjustments: Object.fromEntries(blocks.flatMap(({ adjustment }, i) => (adjustment === undefined ? [] : [[`b${i}`, adjustment]]))),
  }));

describe('schedule properties', () => {
  it('for any valid input, the items tile the class from start to end with no gap or overlap', () => {
    let valid = 0;
    fc.assert(
      fc.property(anyDay, (input) => {
        const result = computeSchedule(input);
        if (!result.ok) return;
        valid++;
        expectTiles(result.schedule);
        expect(result.schedule.start).toBe(input.start);
        expect(result.schedule.end).toBe(input.end);
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(200);
  });

  it('a valid schedule keeps every fixed block’s minutes and every break', () => {
    fc.assert(
      fc.property(anyDay, (input) => {
        const result = computeSchedule(input);
        if (!result.ok) return;
        for (const block of input.blocks) {
          if (block.length.type !== 'fixed') continue;
          const minutes = block.length.minutes + (input.adjustments?.[block.id] ?? 0);
          expect(result.schedule.blocks.find((b) => b.id === block.id)?.minutes).toBeCloseTo(minutes, 9);
        }
        const breaks = result.schedule.items.filter((item) => item.kind === 'break');
        expect(breaks.map(({ start, end }) => ({ start, end }))).toEqual([...(input.breaks ?? [])].sort((a, b) => a.start - b.start));
      }),
      { numRuns: 1000 },
    );
  });

  it('the nearest sane schedule tiles the class for any input, and warns exactly when the input is invalid', () => {
    fc.assert(
      fc.property(anyDay, (input) => {
        const { schedule, warnings } = nearestSaneSchedule(input);
        expectTiles(schedule);
        expect(warnings.length > 0).toBe(!computeSchedule(input).ok);
        for (const block of schedule.blocks) {
          const parts = schedule.items.filter((item) => !isGap(item) && item.blockId === block.id);
          expect(parts.reduce((sum, item) => sum + item.end - item.start, 0)).toBeCloseTo(block.minutes, 9);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
