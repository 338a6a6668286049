import { describe, expect, it } from 'vitest';
import { MAX_BREAKS } from '../../../src/model/config';
import { dayProblems, parseBreak } from '../../../src/model/day-rules';
import { parseClock, parseDate } from '../../../src/model/time';

const at = (text: string): number => parseClock(text) ?? Number.NaN;
const range = (text: string) => parseBreak(text) ?? { start: Number.NaN, end: Number.NaN };
const day = (start: string, end: string, ...breaks: string[]) => ({ start: at(start), end: at(end), breaks: breaks.map(range) });

// One table for the rules every class day obeys, wherever it comes from (class file, URL, handout command).
describe('the rules of a class day', () => {
  it.each([
    ['a day with two breaks', day('09:00', '15:00', '10:30-10:45', '12:00-12:45'), undefined],
    ['touching breaks', day('09:00', '15:00', '12:00-12:30', '12:30-13:00'), undefined],
    ['a break at the start of class', day('09:00', '15:00', '09:00-09:15'), undefined],
    ['an end before the start', day('15:00', '09:00'), 'class ends at 09:00, which is not after it starts at 15:00'],
    ['an end equal to the start', day('09:00', '09:00'), 'class ends at 09:00, which is not after it starts at 09:00'],
    ['a reversed break', day('09:00', '15:00', '13:00-12:00'), 'break 13:00–12:00 does not end after it starts'],
    ['a break outside the class', day('09:00', '15:00', '16:00-17:00'), 'break 16:00–17:00 is not inside the class (09:00–15:00)'],
    ['a break running past the end', day('09:00', '15:00', '14:30-15:30'), 'is not inside the class'],
    ['overlapping breaks', day('09:00', '15:00', '12:30-13:30', '12:00-13:00'), 'breaks 12:00–13:00 and 12:30–13:30 overlap'],
    ['a break over the whole class', day('09:00', '15:00', '09:00-15:00'), 'the breaks take the whole class (09:00–15:00)'],
    ['breaks that fill the class', day('09:00', '10:00', '09:00-09:30', '09:30-10:00'), 'the breaks take the whole class'],
    ['a break that ends the class (m12)', day('08:30', '16:00', '15:30-16:00'), 'break 15:30–16:00 ends the class: end the class at 15:30'],
  ])('%s', (_, given, problem) => {
    const problems = dayProblems(given).map((p) => p.problem);
    if (problem === undefined) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toContain(problem);
  });

  it('names the break at fault by its place in the list as given', () => {
    expect(dayProblems(day('09:00', '15:00', '12:30-13:30', '12:00-13:00'))).toEqual([
      { field: 'breaks', index: 0, problem: 'breaks 12:00–13:00 and 12:30–13:30 overlap' },
    ]);
    expect(dayProblems(day('15:00', '09:00'))[0]?.field).toBe('end');
  });

  it(`refuses more than ${MAX_BREAKS} breaks at the first one too many`, () => {
    const many = Array.from(
      { length: MAX_BREAKS + 1 },
      (_, i) => `${String(8 + i).padStart(2, '0')}:00-${String(8 + i).padStart(2, '0')}:05`,
    );
    const [first] = dayProblems(day('07:00', '23:00', ...many));
    expect(first?.index).toBe(MAX_BREAKS);
    expect(first?.problem).toContain('at most 12');
  });

  it.each([
    ['12:00-12:45', { start: 720, end: 765 }],
    ['12:00–12:45', { start: 720, end: 765 }],
    [' 9:00 - 9:30 ', { start: 540, end: 570 }],
    ['12:00', undefined],
    ['12:00-12:45-13:00', undefined],
    ['25:00-26:00', undefined],
    ['lunch', undefined],
  ])('reads the break %j', (text, span) => {
    expect(parseBreak(text)).toEqual(span);
  });

  it.each([
    ['2026-02-28', '2026-02-28'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-30', undefined],
    ['2026-13-45', undefined],
    ['0000-01-01', undefined],
    ['1969-12-31', undefined],
    ['2026-1-5', undefined],
  ])('reads the date %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});
