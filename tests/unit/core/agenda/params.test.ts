import { describe, expect, it } from 'vitest';
import { MAX_BREAKS, readAgendaParams, type ClassTimes } from '../../../../src/core/agenda';
import { at } from './fixtures';

/** The class file's day the URL starts from: the seed's, 09:00–15:00 without a break. */
const CLASS: ClassTimes = { start: at('09:00'), end: at('15:00'), breaks: [] };
const LUNCH: ClassTimes = { ...CLASS, breaks: [{ start: at('12:00'), end: at('12:45'), title: 'Lunch' }], date: '2025-09-10' };

const read = (query: string, day = CLASS): ReturnType<typeof readAgendaParams> => readAgendaParams(new URLSearchParams(query), day);

describe('readAgendaParams', () => {
  it('uses the class file without parameters', () => {
    expect(read('')).toEqual({
      options: { start: at('09:00'), end: at('15:00'), now: undefined, breaks: [], date: undefined },
      warnings: [],
    });
    expect(read('', LUNCH)).toEqual({ options: { ...LUNCH, now: undefined }, warnings: [] });
  });

  it('keeps the class file’s breaks when the URL changes only the times', () => {
    expect(read('start=10:00', LUNCH).options.breaks).toEqual(LUNCH.breaks);
  });

  it('replaces the class file’s breaks with the URL’s', () => {
    expect(read('break=13:00-13:30', LUNCH).options.breaks).toEqual([{ start: at('13:00'), end: at('13:30') }]);
  });

  it('says no breaks today with break=none', () => {
    expect(read('break=none', LUNCH)).toMatchObject({ options: { breaks: [] }, warnings: [] });
    expect(read('break=none&break=13:00-13:30', LUNCH)).toMatchObject({
      options: { breaks: [] },
      warnings: ['break=none means no breaks; the other break= values are ignored'],
    });
  });

  it('keeps the class file’s breaks when no break= value can be read', () => {
    expect(read('break=12-13', LUNCH)).toMatchObject({
      options: { breaks: LUNCH.breaks },
      warnings: ['break=12-13 is not a time range (HH:MM-HH:MM) or "none"; ignored', "using the class file's breaks (12:00–12:45)"],
    });
  });

  it('reads the date, and falls back to the class file’s on a bad one', () => {
    expect(read('date=2025-10-01', LUNCH).options.date).toBe('2025-10-01');
    expect(read('date=2025-02-30', LUNCH)).toMatchObject({
      options: { date: '2025-09-10' },
      warnings: ['date=2025-02-30 is not a day of the calendar (YYYY-MM-DD: is the month or the day too large?); using 2025-09-10'],
    });
    expect(read('date=10.9.2025').warnings).toEqual(['date=10.9.2025 is not a day written YYYY-MM-DD, such as 2025-09-10; using today']);
    expect(read('date=0000-01-01').warnings).toEqual(['date=0000-01-01 is before 1970: is the year a typo?; using today']);
  });

  it('reads start, end, now and repeated breaks', () => {
    expect(read('?start=8:30&end=16:00&now=10:15&break=12:00-13:00&break=14:30-14:45')).toEqual({
      options: {
        start: at('08:30'),
        end: at('16:00'),
        now: at('10:15'),
        breaks: [
          { start: at('12:00'), end: at('13:00') },
          { start: at('14:30'), end: at('14:45') },
        ],
      },
      warnings: [],
    });
  });

  it('accepts an en dash between the break times', () => {
    expect(read('break=12:00–13:00').options.breaks).toEqual([{ start: at('12:00'), end: at('13:00') }]);
  });

  it('warns about a start that is not a clock time and uses the default', () => {
    expect(read('start=25:99')).toEqual({
      options: { start: at('09:00'), end: at('15:00'), now: undefined, breaks: [], date: undefined },
      warnings: ['start=25:99 is not a clock time (HH:MM); using 09:00'],
    });
  });

  it('warns about a bad end and a bad now', () => {
    const { options, warnings } = read('end=9&now=abc');
    expect(options).toMatchObject({ end: at('15:00'), now: undefined });
    expect(warnings).toEqual([
      'end=9 is not a clock time (HH:MM); using 15:00',
      'now=abc is not a clock time (HH:MM); using the real clock',
    ]);
  });

  it('warns about an empty value', () => {
    expect(read('start=').warnings).toEqual(['start= is not a clock time (HH:MM); using 09:00']);
  });

  it('keeps the good breaks and warns about the bad ones', () => {
    const { options, warnings } = read('break=12:00-13:00&break=12-13&break=10:00-10:15-10:30&break=14:00');
    expect(options.breaks).toEqual([{ start: at('12:00'), end: at('13:00') }]);
    expect(warnings).toEqual([
      'break=12-13 is not a time range (HH:MM-HH:MM) or "none"; ignored',
      'break=10:00-10:15-10:30 is not a time range (HH:MM-HH:MM) or "none"; ignored',
      'break=14:00 is not a time range (HH:MM-HH:MM) or "none"; ignored',
    ]);
  });

  it('warns when the class ends before it starts and uses the class file’s day', () => {
    expect(read('end=08:00&start=09:00')).toEqual({
      options: { start: at('09:00'), end: at('15:00'), now: undefined, breaks: [], date: undefined },
      warnings: ['end=08:00 is not after start=09:00; using 09:00–15:00'],
    });
  });

  it('names the default it compared against', () => {
    expect(read('start=16:00').warnings).toEqual(["the class file's end 15:00 is not after start=16:00; using 09:00–15:00"]);
    expect(read('end=08:00').warnings).toEqual(["end=08:00 is not after the class file's start 09:00; using 09:00–15:00"]);
  });

  it('warns when start equals end', () => {
    expect(read('start=10:00&end=10:00').warnings).toEqual(['end=10:00 is not after start=10:00; using 09:00–15:00']);
  });

  // The day's rules are the class file's (model/day-rules): what the build refuses, the URL warns about.
  it.each([
    ['break=20:00-21:00', LUNCH, 'break 20:00–21:00 is not inside the class (09:00–15:00)', LUNCH.breaks],
    ['break=12:00-13:00&break=12:30-13:30', LUNCH, 'breaks 12:00–13:00 and 12:30–13:30 overlap', LUNCH.breaks],
    ['break=09:00-15:00', CLASS, 'the breaks take the whole class (09:00–15:00): no time is left to teach', []],
    ['break=14:30-15:00', CLASS, 'break 14:30–15:00 ends the class: end the class at 14:30 instead', []],
    ['end=12:45', LUNCH, 'break 12:00–12:45 ends the class', LUNCH.breaks],
  ])('warns about %s as the class file would be refused, and falls back', (query, day, warning, breaks) => {
    const { options, warnings } = read(query, day);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
    expect(warnings[0]).toMatch(/; using the class file's/);
    expect(options.breaks).toEqual(breaks);
    expect(options).toMatchObject({ start: day.start, end: day.end });
  });

  it('keeps at most MAX_BREAKS breaks and names the cap', () => {
    const query = Array.from(
      { length: 25 },
      (_, i) =>
        `break=${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}-${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '35' : '05'}`,
    ).join('&');
    const { options, warnings } = read(`start=08:00&end=21:00&${query}`);
    expect(MAX_BREAKS).toBe(12);
    expect(options.breaks).toHaveLength(MAX_BREAKS);
    expect(options.breaks[0]).toEqual({ start: at('08:00'), end: at('08:05') });
    expect(warnings).toEqual(['25 breaks given; a day can have at most 12: the first 12 are used']);
  });

  it('warns about a repeated parameter and says which value is used', () => {
    const { options, warnings } = read('start=08:00&start=10:00&end=16:00&end=17:00');
    expect(options).toMatchObject({ start: at('08:00'), end: at('16:00') });
    expect(warnings).toEqual([
      'start= is given 2 times; using the first, start=08:00',
      'end= is given 2 times; using the first, end=16:00',
    ]);
  });

  it('warns about a parameter name in capitals, which would be ignored', () => {
    const { options, warnings } = read('START=08:00&Break=12:00-13:00');
    expect(options).toMatchObject({ start: at('09:00'), breaks: [] });
    expect(warnings).toEqual([
      'START= is ignored: parameter names are lower case (start=)',
      'Break= is ignored: parameter names are lower case (break=)',
    ]);
  });

  it('quotes at most 24 characters of a bad value', () => {
    const { warnings } = read(`start=${'9'.repeat(500)}&break=${'x'.repeat(300)}`);
    expect(warnings).toEqual([
      `start=${'9'.repeat(24)}… is not a clock time (HH:MM); using 09:00`,
      `break=${'x'.repeat(24)}… is not a time range (HH:MM-HH:MM) or "none"; ignored`,
    ]);
  });
});
