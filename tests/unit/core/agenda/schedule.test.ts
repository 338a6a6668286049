import { describe, expect, it } from 'vitest';
import { computeSchedule, type AgendaBlock } from '../../../../src/core/agenda';
import { at, expectTiles, lines, scheduleOf, SEED, seedDay } from './fixtures';

const SEED_LINES = [
  '09:00–09:50 lecture',
  '09:50–10:20 install',
  '10:20–10:30 demo',
  '10:30–10:50 short',
  '10:50–14:00 long',
  '14:00–14:15 planning-lecture',
  '14:15–15:00 planning',
];

describe('computeSchedule: the seed day', () => {
  it('runs the long practice until an hour before class ends', () => {
    const schedule = scheduleOf(computeSchedule(seedDay));
    expect(lines(schedule)).toEqual(SEED_LINES);
    expectTiles(schedule);
  });

  it('summarizes each block with its clock times and minutes', () => {
    const schedule = scheduleOf(computeSchedule(seedDay));
    expect(schedule.blocks.find((b) => b.id === 'long')).toEqual({
      id: 'long',
      title: 'Container Fun',
      kind: 'practice',
      start: at('10:50'),
      end: at('14:00'),
      minutes: 190,
    });
    expect(schedule.blocks.map((b) => b.id)).toEqual(SEED.map((b) => b.id));
  });

  it('keeps the seconds of a lecture whose slides do not fill whole minutes', () => {
    const blocks = SEED.map((b) => (b.id === 'lecture' ? { ...b, length: { type: 'fixed' as const, minutes: 49.75 } } : b));
    const schedule = scheduleOf(computeSchedule({ ...seedDay, blocks }));
    expect(schedule.items[1]?.start).toBe(at('09:00') + 49.75);
    expect(schedule.blocks.find((b) => b.id === 'long')?.minutes).toBe(190.25);
    expectTiles(schedule);
  });
});

describe('computeSchedule: short and long days', () => {
  it('squeezes the long practice on a short day', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, end: at('12:30') }));
    expect(lines(schedule).slice(4)).toEqual(['10:50–11:30 long', '11:30–11:45 planning-lecture', '11:45–12:30 planning']);
  });

  it('accepts the long practice at exactly its minimum', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, end: at('12:00') }));
    expect(schedule.blocks.find((b) => b.id === 'long')?.minutes).toBe(10);
  });

  it('stretches the long practice on a long day', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, start: at('08:00'), end: at('17:00') }));
    expect(lines(schedule)[4]).toBe('09:50–16:00 long');
    expect(schedule.items.at(-1)?.end).toBe(at('17:00'));
  });

  it('ends a day without a flexible block with free time', () => {
    const blocks: AgendaBlock[] = [{ id: 'talk', title: 'Talk', kind: 'lecture', length: { type: 'fixed', minutes: 45 } }];
    const schedule = scheduleOf(computeSchedule({ blocks, start: at('09:00'), end: at('10:00') }));
    expect(lines(schedule)).toEqual(['09:00–09:45 talk', '09:45–10:00 free']);
    expect(schedule.items[1]?.title).toBe('Free time');
  });

  it('makes a day with no blocks all free time', () => {
    const schedule = scheduleOf(computeSchedule({ blocks: [], start: at('09:00'), end: at('10:00') }));
    expect(lines(schedule)).toEqual(['09:00–10:00 free']);
  });

  it('lets a block run right to the end of class', () => {
    const blocks = SEED.slice(0, 5).map((b) => (b.id === 'long' ? { ...b, length: { type: 'until-before-end' as const, minutes: 0 } } : b));
    const schedule = scheduleOf(computeSchedule({ ...seedDay, blocks }));
    expect(lines(schedule).at(-1)).toBe('10:50–15:00 long');
  });

  it('lets the flexible block come first', () => {
    const blocks = [SEED[4], SEED[5], SEED[6]].filter((b) => b !== undefined);
    const schedule = scheduleOf(computeSchedule({ ...seedDay, blocks }));
    expect(lines(schedule)).toEqual(['09:00–14:00 long', '14:00–14:15 planning-lecture', '14:15–15:00 planning']);
  });
});

describe('computeSchedule: breaks', () => {
  it('flows the long practice around lunch', () => {
    const lunch = { start: at('12:00'), end: at('13:00'), title: 'Lunch' };
    const schedule = scheduleOf(computeSchedule({ ...seedDay, breaks: [lunch] }));
    expect(lines(schedule)).toEqual([
      ...SEED_LINES.slice(0, 4),
      '10:50–12:00 long',
      '12:00–13:00 break',
      '13:00–14:00 long',
      ...SEED_LINES.slice(5),
    ]);
    expect(schedule.items[5]?.title).toBe('Lunch');
    expect(schedule.blocks.find((b) => b.id === 'long')).toMatchObject({
      start: at('10:50'),
      end: at('14:00'),
      minutes: 130,
    });
    expectTiles(schedule);
  });

  it('continues a fixed block after a break, keeping its minutes of work', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('09:30'), end: at('09:45') }] }));
    expect(lines(schedule).slice(0, 6)).toEqual([
      '09:00–09:30 lecture',
      '09:30–09:45 break',
      '09:45–10:05 lecture',
      '10:05–10:35 install',
      '10:35–10:45 demo',
      '10:45–11:05 short',
    ]);
    expect(schedule.items[1]?.title).toBe('Break');
    expect(schedule.blocks[0]).toMatchObject({ start: at('09:00'), end: at('10:05'), minutes: 50 });
    expect(lines(schedule)[6]).toBe('11:05–14:00 long');
  });

  it('starts the next block after a break that begins as a block ends', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('09:50'), end: at('10:00') }] }));
    expect(lines(schedule).slice(0, 3)).toEqual(['09:00–09:50 lecture', '09:50–10:00 break', '10:00–10:30 install']);
  });

  it('takes breaks at the very start and end of class', () => {
    const breaks = [
      { start: at('09:00'), end: at('09:10') },
      { start: at('14:50'), end: at('15:00') },
    ];
    const schedule = scheduleOf(computeSchedule({ ...seedDay, breaks }));
    expect(lines(schedule)[0]).toBe('09:00–09:10 break');
    expect(lines(schedule)[1]).toBe('09:10–10:00 lecture');
    expect(lines(schedule).slice(-4)).toEqual([
      '11:00–13:50 long',
      '13:50–14:05 planning-lecture',
      '14:05–14:50 planning',
      '14:50–15:00 break',
    ]);
    expectTiles(schedule);
  });

  it('takes adjacent breaks as two items', () => {
    const breaks = [
      { start: at('12:00'), end: at('12:30') },
      { start: at('12:30'), end: at('13:00') },
    ];
    const schedule = scheduleOf(computeSchedule({ ...seedDay, breaks }));
    expect(lines(schedule).slice(4, 8)).toEqual(['10:50–12:00 long', '12:00–12:30 break', '12:30–13:00 break', '13:00–14:00 long']);
  });

  it('shrinks the long practice when a break falls in the last hour', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('14:20'), end: at('14:30') }] }));
    expect(lines(schedule).slice(4)).toEqual([
      '10:50–13:50 long',
      '13:50–14:05 planning-lecture',
      '14:05–14:20 planning',
      '14:20–14:30 break',
      '14:30–15:00 planning',
    ]);
  });
});

describe('computeSchedule: adjustments', () => {
  it('shrinks the flexible block when an earlier block is extended', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, adjustments: { install: 5 } }));
    expect(lines(schedule).slice(1, 5)).toEqual(['09:50–10:25 install', '10:25–10:35 demo', '10:35–10:55 short', '10:55–14:00 long']);
    expect(schedule.items.at(-1)?.end).toBe(at('15:00'));
  });

  it('shrinks the flexible block when a later block is extended', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, adjustments: { 'planning-lecture': 5 } }));
    expect(lines(schedule).slice(4)).toEqual(['10:50–13:55 long', '13:55–14:15 planning-lecture', '14:15–15:00 planning']);
  });

  it('grows the flexible block when an earlier block is shortened', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, adjustments: { demo: -5 } }));
    expect(lines(schedule)[4]).toBe('10:45–14:00 long');
  });

  it('leaves free time at the end when a block after the flexible one is shortened', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, adjustments: { planning: -15 } }));
    expect(lines(schedule).slice(4)).toEqual([
      '10:50–14:00 long',
      '14:00–14:15 planning-lecture',
      '14:15–14:45 planning',
      '14:45–15:00 free',
    ]);
  });

  it('ends the flexible block early when it is shortened itself', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, adjustments: { long: -10 } }));
    expect(lines(schedule).slice(4)).toEqual([
      '10:50–13:50 long',
      '13:50–14:05 planning-lecture',
      '14:05–14:50 planning',
      '14:50–15:00 free',
    ]);
  });

  it('extends the flexible block into free time', () => {
    const schedule = scheduleOf(computeSchedule({ ...seedDay, adjustments: { planning: -15, long: 10 } }));
    expect(lines(schedule).slice(4)).toEqual([
      '10:50–14:10 long',
      '14:10–14:25 planning-lecture',
      '14:25–14:55 planning',
      '14:55–15:00 free',
    ]);
  });
});
