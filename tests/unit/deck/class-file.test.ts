import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BREAKS } from '../../../src/core/agenda';
import { classLine, pageTitle } from '../../../src/model/class-day';
import { classFilePath, loadClassFile, parseClassFile } from '../../../src/build/deck/class-file';
import { SlideError } from '../../../src/build/deck/errors';

const FILE = 'slides/class.yaml';
const parse = (source: string) => parseClassFile(FILE, source);

/** The error a class file fails with, as the build prints it: "slides/class.yaml:LINE: problem". */
function failure(source: string): string {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof SlideError) return error.message;
    throw error;
  }
  throw new Error('expected a SlideError');
}

const DAY = 'course: Docker lecture\nweek: 37\nday: 3\nstart: 09:00\nend: 15:00\n';

describe('the class file', () => {
  it('reads labels, date, times and breaks, sorted, with optional titles', () => {
    const day = parse(`${DAY}date: 2025-09-10\nbreaks:\n  - { at: 14:00-14:10, title: Coffee }\n  - 12:00-12:45\n`);
    expect(day).toEqual({
      course: 'Docker lecture',
      week: '37',
      day: '3',
      date: '2025-09-10',
      start: 9 * 60,
      end: 15 * 60,
      breaks: [
        { start: 12 * 60, end: 12 * 60 + 45 },
        { start: 14 * 60, end: 14 * 60 + 10, title: 'Coffee' },
      ],
    });
    expect(classLine(day)).toBe('Docker lecture · week 37 · day 3');
    expect(pageTitle('Virtual Machines vs Docker', day)).toBe('Virtual Machines vs Docker · Docker lecture · week 37 · day 3');
  });

  it('needs only the times: no labels, no date (today), no breaks', () => {
    expect(parse('start: 13:00\nend: 18:30\nbreaks:\n')).toEqual({ start: 13 * 60, end: 18 * 60 + 30, breaks: [] });
    expect(pageTitle('Lecture', {})).toBe('Lecture');
  });

  it('is the project’s own class file, which holds the seed day', () => {
    const day = loadClassFile(process.cwd(), classFilePath(process.cwd(), join(process.cwd(), 'slides'), ''));
    expect(day).toMatchObject({ start: 9 * 60, end: 15 * 60 });
    // The breaks are the lecturer's to change; whatever they are, they lie inside the day.
    for (const b of day.breaks) expect(b.start >= day.start && b.end <= day.end).toBe(true);
    expect(readFileSync('slides/class.yaml', 'utf8')).toContain('course:');
  });

  it('comes from CLASS_FILE when set, relative to the project root', () => {
    expect(classFilePath('/p', '/p/slides', 'classes/b.yaml')).toBe('/p/classes/b.yaml');
    expect(classFilePath('/p', '/p/slides', undefined)).toBe('/p/slides/class.yaml');
  });

  it('names the missing file', () => {
    expect(() => loadClassFile('/nowhere', '/nowhere/slides/class.yaml')).toThrow(/^slides\/class\.yaml:1: no class file/);
  });

  // Every mistake names the line it is on.
  it.each([
    ['an unknown key', `${DAY}lunch: 12:00\n`, '6: unknown key "lunch" (known: course, week, day, date, start, end, breaks)'],
    ['invalid YAML (a key twice)', `${DAY}start: 10:00\n`, '6: not valid YAML: Map keys must be unique'],
    ['a bad start', 'start: 9\nend: 15:00\n', '1: "start" must be a clock time HH:MM, not "9"'],
    ['an hour past 23', 'course: x\nstart: 09:00\nend: 25:00\n', '3: "end" must be a clock time HH:MM, not "25:00"'],
    ['a missing end', 'course: x\nstart: 09:00\n', '1: "end" is missing'],
    ['an end before the start', 'start: 15:00\n\nend: 09:00\n', '3: class ends at 09:00, which is not after it starts at 15:00'],
    ['a bad date', `${DAY}date: 2025-02-30\n`, '6: "date" must be a day written YYYY-MM-DD, such as 2025-09-10, not "2025-02-30"'],
    ['a date in another form', `${DAY}date: 10.09.2025\n`, '6: "date" must be a day written YYYY-MM-DD'],
    ['an empty label', 'course: ""\nstart: 09:00\nend: 15:00\n', '1: "course" must be a short text'],
    ['breaks that are not a list', `${DAY}breaks: 12:00-12:45\n`, '6: "breaks" must be a list'],
    ['a break that is not a range', `${DAY}breaks:\n  - 12:00\n`, '7: break "12:00" is not a time range HH:MM-HH:MM'],
    ['a break that ends first', `${DAY}breaks:\n  - 12:45-12:00\n`, '7: break 12:45-12:00 does not end after it starts'],
    [
      'a break outside the day',
      `${DAY}breaks:\n  - 12:00-12:30\n  - 14:45-15:15\n`,
      '8: break 14:45–15:15 is not inside the class (09:00–15:00)',
    ],
    [
      'overlapping breaks',
      `${DAY}breaks:\n  - 12:00-12:45\n  - 10:00-10:15\n  - 12:30-13:00\n`,
      '9: breaks 12:00–12:45 and 12:30–13:00 overlap',
    ],
    ['an unknown break key', `${DAY}breaks:\n  - at: 12:00-12:45\n    name: Lunch\n`, '8: unknown break key "name" (known: at, title)'],
    ['a break without a time', `${DAY}breaks:\n  - title: Lunch\n`, '7: a break needs "at: HH:MM-HH:MM"'],
  ])('rejects %s with file:line', (_, source, message) => {
    expect(failure(source)).toContain(`${FILE}:${message}`);
  });

  it(`rejects more than ${MAX_BREAKS} breaks at the first one too many`, () => {
    const breaks = Array.from(
      { length: MAX_BREAKS + 1 },
      (_, i) =>
        `  - ${String(9 + (i >> 1)).padStart(2, '0')}:${i % 2 ? '30' : '00'}-${String(9 + (i >> 1)).padStart(2, '0')}:${i % 2 ? '35' : '05'}\n`,
    );
    expect(failure(`start: 08:00\nend: 20:00\nbreaks:\n${breaks.join('')}`)).toBe(
      `${FILE}:${3 + MAX_BREAKS + 1}: a day has at most ${MAX_BREAKS} breaks`,
    );
  });
});
