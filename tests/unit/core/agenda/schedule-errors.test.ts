import { describe, expect, it } from 'vitest';
import { computeSchedule, nearestSaneSchedule, type AgendaBlock, type ScheduleInput } from '../../../../src/core/agenda';
import { at, errorsOf, expectTiles, lines, SEED, seedDay } from './fixtures';

/** Each impossible day: computeSchedule names the problem; nearestSaneSchedule repairs it and says how. */
function expectRepaired(input: ScheduleInput, error: string, fix: string): string[] {
  expect(errorsOf(computeSchedule(input))).toContain(error);
  const { schedule, warnings } = nearestSaneSchedule(input);
  expect(warnings).toContain(`${error}; ${fix}`);
  expectTiles(schedule);
  return lines(schedule);
}

describe('impossible class times', () => {
  it('refuses an end before the start, and falls back to the default day', () => {
    const day = expectRepaired(
      { ...seedDay, start: at('09:00'), end: at('08:00') },
      'class ends at 08:00, which is not after it starts at 09:00',
      'using 09:00–15:00',
    );
    expect(day.at(-1)).toBe('14:15–15:00 planning');
  });

  it('refuses an end equal to the start', () => {
    expect(errorsOf(computeSchedule({ ...seedDay, end: at('09:00') }))).toEqual([
      'class ends at 09:00, which is not after it starts at 09:00',
    ]);
  });

  it('refuses times that are not minutes of a day', () => {
    expectRepaired(
      { ...seedDay, start: Number.NaN, end: 2000 },
      'class times NaN and 2000 are not minutes of a day (0 to 1440)',
      'using 09:00–15:00',
    );
  });
});

describe('impossible breaks', () => {
  it('refuses breaks that overlap, keeping the earlier', () => {
    const day = expectRepaired(
      {
        ...seedDay,
        breaks: [
          { start: at('12:30'), end: at('13:30') },
          { start: at('12:00'), end: at('13:00') },
        ],
      },
      'breaks 12:00–13:00 and 12:30–13:30 overlap',
      'break 12:30–13:30 ignored',
    );
    expect(day.filter((line) => line.endsWith('break'))).toEqual(['12:00–13:00 break']);
  });

  it('refuses a break outside the class', () => {
    const day = expectRepaired(
      { ...seedDay, breaks: [{ start: at('16:00'), end: at('17:00') }] },
      'break 16:00–17:00 is outside the class (09:00–15:00)',
      'ignored',
    );
    expect(day).not.toContain('16:00–17:00 break');
  });

  it('refuses a break that runs past the class, and shortens it', () => {
    const day = expectRepaired(
      { ...seedDay, breaks: [{ start: at('14:30'), end: at('15:30') }] },
      'break 14:30–15:30 runs outside the class (09:00–15:00)',
      'shortened to 14:30–15:00',
    );
    expect(day.at(-1)).toBe('14:30–15:00 break');
  });

  it('refuses a break that ends before it starts', () => {
    expectRepaired(
      { ...seedDay, breaks: [{ start: at('13:00'), end: at('12:00') }] },
      'break 13:00–12:00 does not end after it starts',
      'ignored',
    );
  });
});

describe('impossible blocks', () => {
  it('refuses a flexible block squeezed under its minimum, and cuts the day at its end', () => {
    const day = expectRepaired(
      { ...seedDay, end: at('11:55') },
      '"Container Fun" would get 5 min (10:50–10:55), under its minimum of 10 min',
      'it keeps its minimum',
    );
    expect(day.slice(4)).toEqual(['10:50–11:00 long', '11:00–11:15 planning-lecture', '11:15–11:55 planning']);
    expect(nearestSaneSchedule({ ...seedDay, end: at('11:55') }).warnings).toContain(
      'to end on time, the day is cut at 11:55: "Project Planning Time" shortened to 40 min',
    );
  });

  it('honours a block’s own minimum', () => {
    const blocks = SEED.map((b) =>
      b.id === 'long' ? { ...b, length: { type: 'until-before-end' as const, minutes: 60, minMinutes: 60 } } : b,
    );
    expect(errorsOf(computeSchedule({ ...seedDay, blocks, end: at('12:30') }))).toEqual([
      '"Container Fun" would get 40 min (10:50–11:30), under its minimum of 60 min',
    ]);
  });

  it('says "no time" when the blocks before the flexible one already fill the day', () => {
    const { warnings, schedule } = nearestSaneSchedule({ ...seedDay, end: at('10:00') });
    expect(warnings).toEqual([
      '"Container Fun" would get no time, under its minimum of 10 min; it keeps its minimum',
      'to end on time, the day is cut at 10:00: "Install Docker" shortened to 10 min, "Container Demo" dropped, ' +
        '"First Containers" dropped, "Container Fun" dropped, "Project Planning" dropped, ' +
        '"Project Planning Time" dropped',
    ]);
    expect(lines(schedule)).toEqual(['09:00–09:50 lecture', '09:50–10:00 install']);
    expect(schedule.blocks.map((b) => b.id)).toEqual(['lecture', 'install']);
  });

  it('refuses fixed blocks that overrun a day without a flexible block', () => {
    const blocks = SEED.filter((b) => b.id !== 'long');
    const day = expectRepaired(
      { ...seedDay, blocks, end: at('11:00'), breaks: [{ start: at('10:00'), end: at('10:10') }] },
      'the blocks need 170 min but the class (09:00–11:00) has 110 min outside its breaks',
      'the day is cut at 11:00: "Project Planning" dropped, "Project Planning Time" dropped',
    );
    expect(day.slice(-2)).toEqual(['10:30–10:40 demo', '10:40–11:00 short']);
  });

  it('refuses a second flexible block, which gets its minimum', () => {
    const second: AgendaBlock = {
      id: 'more',
      title: 'More Fun',
      kind: 'practice',
      length: { type: 'until-before-end', minutes: 30, minMinutes: 20 },
    };
    const day = expectRepaired(
      { ...seedDay, blocks: [...SEED, second] },
      '"Container Fun" and "More Fun" both run until a time before the end of class; only one block can',
      '"More Fun" gets its minimum of 20 min',
    );
    expect(day.slice(4)).toEqual(['10:50–13:40 long', '13:40–13:55 planning-lecture', '13:55–14:40 planning', '14:40–15:00 more']);
  });

  it('refuses a block with no time, and drops it', () => {
    const blocks = SEED.map((b) => (b.id === 'demo' ? { ...b, length: { type: 'fixed' as const, minutes: 0 } } : b));
    const day = expectRepaired({ ...seedDay, blocks }, '"Container Demo" would last 0 min', 'dropped');
    expect(day.some((line) => line.endsWith('demo'))).toBe(false);
  });

  it('refuses an adjustment that leaves a block no time', () => {
    expectRepaired({ ...seedDay, adjustments: { demo: -15 } }, '"Container Demo" would last -5 min (adjusted by -15 min)', 'dropped');
  });

  it('refuses an extension the flexible block has no room for', () => {
    const day = expectRepaired(
      { ...seedDay, adjustments: { long: 10 } },
      '"Container Fun" cannot run until 14:10: the blocks after it start at 14:00 at the latest',
      'it ends at 14:00',
    );
    expect(day[4]).toBe('10:50–14:00 long');
  });

  it("refuses an adjustment beyond the day's length (corrupt storage), never printing -Infinity", () => {
    const day = expectRepaired(
      { ...seedDay, adjustments: { demo: -1e308 } },
      '"demo" adjustment -1e+308 min is more than the day\'s length (360 min)',
      'ignored',
    );
    expect(day[2]).toBe('10:20–10:30 demo');
    expect(nearestSaneSchedule({ ...seedDay, adjustments: { demo: -1e308 } }).warnings.join(' ')).not.toMatch(/Infinity|NaN/);
  });

  it('refuses more breaks than a day can have, keeping the first ones', () => {
    const breaks = Array.from({ length: 14 }, (_, i) => ({ start: at('09:10') + i * 20, end: at('09:15') + i * 20 }));
    const day = expectRepaired({ ...seedDay, breaks }, 'the day has 14 breaks; at most 12 are allowed', 'only the first 12 are kept');
    expect(day.filter((line) => line.endsWith('break'))).toHaveLength(12);
  });

  it('refuses an adjustment for a block that is not on the agenda', () => {
    expectRepaired({ ...seedDay, adjustments: { gone: 5 } }, 'an adjustment names block "gone", which is not on the agenda', 'ignored');
  });

  it('refuses an adjustment that is not a number', () => {
    expectRepaired({ ...seedDay, adjustments: { demo: Number.NaN } }, 'the adjustment for "demo" is not a number', 'ignored');
  });

  it('refuses two blocks with the same id', () => {
    const day = expectRepaired(
      { ...seedDay, blocks: [...SEED, { ...SEED[2], title: 'Demo again' } as AgendaBlock] },
      'two blocks have the id "demo"',
      'the second, "Demo again", is dropped',
    );
    expect(day.filter((line) => line.endsWith('demo'))).toHaveLength(1);
  });

  it('refuses a negative "until before end"', () => {
    const blocks = SEED.slice(0, 5).map((b) =>
      b.id === 'long' ? { ...b, length: { type: 'until-before-end' as const, minutes: -5 } } : b,
    );
    const day = expectRepaired(
      { ...seedDay, blocks },
      '"Container Fun" runs until -5 min before the end of class; that must be 0 or more',
      'it runs until the end of class',
    );
    expect(day.at(-1)).toBe('10:50–15:00 long');
  });

  it('refuses a minimum that is not positive', () => {
    const blocks = SEED.map((b) =>
      b.id === 'long' ? { ...b, length: { type: 'until-before-end' as const, minutes: 60, minMinutes: 0 } } : b,
    );
    expectRepaired({ ...seedDay, blocks }, '"Container Fun" has a minimum of 0 min; it must be more than 0', 'using 10 min');
  });

  it('reports every problem of a day at once', () => {
    const errors = errorsOf(
      computeSchedule({
        ...seedDay,
        end: at('08:00'),
        breaks: [{ start: at('20:00'), end: at('21:00') }],
        adjustments: { gone: 5 },
      }),
    );
    expect(errors).toHaveLength(3);
  });
});
