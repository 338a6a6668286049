import { describe, expect, it } from 'vitest';
import { readAgendaParams, type ClassTimes } from '../../../../src/core/agenda';
import { checkDayOptions, type DayOptionValues } from '../../../../src/core/agenda/day-options';
import { whyDayCannotHold } from '../../../../src/core/agenda/holds';
import type { PageBlocks } from '../../../../src/model/deck';
import { at } from './fixtures';

const CLASS: ClassTimes = { start: at('09:00'), end: at('15:00'), breaks: [] };
const LATE_BREAK: ClassTimes = { ...CLASS, end: at('17:00'), breaks: [{ start: at('15:30'), end: at('16:00') }] };

/** The handout command's options as the deck's URL: the same values, for the deck's own reader. */
function asQuery(given: DayOptionValues): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ['start', 'end', 'date'] as const) if (given[name] !== undefined) query.set(name, given[name]);
  for (const range of given.breaks) query.append('break', range);
  return query;
}

// The reliability probe's handout inputs (2026-12-06, D3 and m12): each one the deck warns about, which the
// handout command used to print anyway, with exit 0.
const REFUSED: [string, DayOptionValues, string, ClassTimes?][] = [
  ['an impossible date', { date: '2026-02-30', breaks: [] }, '--date "2026-02-30" is not a day of the calendar'],
  ['a month 13', { date: '2026-13-45', breaks: [] }, '--date "2026-13-45" is not a day of the calendar'],
  ['the year 0000', { date: '0000-01-01', breaks: [] }, '--date "0000-01-01" is before 1970'],
  ['a start at 25:00', { start: '25:00', breaks: [] }, '--start "25:00" is not a clock time'],
  ['an end at 24:00', { end: '24:00', breaks: [] }, '--end "24:00" is not a clock time'],
  ['an end before the start', { start: '15:00', end: '09:00', breaks: [] }, 'class ends at 09:00, which is not after it starts at 15:00'],
  ['a break at 25:00', { breaks: ['25:00-26:00'] }, '--break "25:00-26:00" is not a time range'],
  ['a reversed break', { breaks: ['13:00-12:00'] }, 'break 13:00–12:00 does not end after it starts'],
  ['a break after class', { breaks: ['16:00-17:00'] }, 'break 16:00–17:00 is not inside the class (09:00–15:00)'],
  ['overlapping breaks', { breaks: ['12:00-13:00', '12:30-13:30'] }, 'breaks 12:00–13:00 and 12:30–13:30 overlap'],
  ['none and a break', { breaks: ['none', '12:00-12:30'] }, '--break none means no breaks'],
  ['a break over the whole day', { breaks: ['09:00-15:00'] }, 'the breaks take the whole class (09:00–15:00)'],
  [
    '13 breaks',
    { start: '07:00', end: '23:00', breaks: Array.from({ length: 13 }, (_, i) => `${8 + i}:00-${8 + i}:05`) },
    'at most 12 breaks',
  ],
  [
    'a class file break left at the end (m12)',
    { end: '16:00', breaks: [] },
    "break 15:30–16:00 ends the class: end the class at 15:30 instead, or move the break (the class file's breaks",
    LATE_BREAK,
  ],
];

describe('the handout command’s class day', () => {
  it.each(REFUSED)('refuses %s, as the deck warns about it', (_, given, message, classDay = CLASS) => {
    const { problems } = checkDayOptions(given, classDay);
    expect(problems.join('\n')).toContain(message);
    // The deck's own reader of the same values, on the page the handout prints: it warns, and runs another day.
    expect(readAgendaParams(asQuery(given), classDay).warnings).not.toEqual([]);
  });

  it.each([
    ['no options', { breaks: [] }],
    ['other times', { start: '08:30', end: '16:00', breaks: [] }],
    ['a date and breaks', { date: '2025-09-17', breaks: ['12:00-12:45', '10:30-10:45'] }],
    ['no breaks', { breaks: ['none'] }],
  ])('prints %s, which the deck runs without a warning', (_, given: DayOptionValues) => {
    expect(checkDayOptions(given, CLASS).problems).toEqual([]);
    expect(readAgendaParams(asQuery(given), CLASS).warnings).toEqual([]);
  });

  it('hands on the day the options make', () => {
    expect(checkDayOptions({ start: '08:30', date: '2025-09-17', breaks: ['12:00–12:45'] }, CLASS).day).toEqual({
      start: at('08:30'),
      end: at('15:00'),
      breaks: [{ start: at('12:00'), end: at('12:45') }],
      date: '2025-09-17',
    });
  });
});

describe('a day the slides cannot be held in', () => {
  const deck: PageBlocks = {
    blocks: [
      { id: 'talk', title: 'Talk', kind: 'lecture', length: { type: 'fixed', minutes: 50 }, stacks: [] },
      { id: 'fun', title: 'Fun', kind: 'practice', length: { type: 'until-before-end', minutes: 15 }, stacks: [] },
      { id: 'wrap', title: 'Wrap-up', kind: 'lecture', length: { type: 'fixed', minutes: 15 }, stacks: [] },
    ],
  };
  it.each([
    ['a 1-minute class', { start: at('09:00'), end: at('09:01'), breaks: [] }, 'the slides do not fit in the class day (09:00–09:01)'],
    ['a 1-hour class', { start: at('09:00'), end: at('10:00'), breaks: [] }, '"Fun" would get'],
    [
      'a long break in a short day',
      { start: at('09:00'), end: at('11:00'), breaks: [{ start: at('09:50'), end: at('10:50') }] },
      'do not fit',
    ],
  ])('is refused: %s', (_, day, message) => {
    expect(whyDayCannotHold(deck, day)).toContain(message);
  });
  it('holds a day long enough for every block and the flexible block’s minimum', () => {
    expect(whyDayCannotHold(deck, { start: at('09:00'), end: at('10:30'), breaks: [] })).toBeUndefined();
  });
});
