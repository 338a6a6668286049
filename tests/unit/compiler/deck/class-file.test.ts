import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BREAKS } from '../../../../src/core/agenda';
import { classLine, pageTitle } from '../../../../src/model/class-day';
import { classFilePath, loadClassFile, parseClassFile } from '../../../../src/compiler/deck/class-file';
import { SlideError } from '../../../../src/compiler/deck/errors';

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

  it('reads the paper as a lecturer writes it: A4, a4, Letter', () => {
    expect(parse(`${DAY}paper: A4\n`).paper).toBe('a4');
    expect(parse(`${DAY}paper: Letter\n`).paper).toBe('letter');
    expect(parse(DAY).paper).toBeUndefined();
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
    ['an unknown key', `${DAY}lunch: 12:00\n`, '6: unknown key "lunch" (known: course, week, day, date, start, end, breaks, paper)'],
    ['a paper that is neither a4 nor letter', `${DAY}paper: B5\n`, '6: "paper" must be a4 or letter (the handout\'s paper), not "B5"'],
    ['a paper size in numbers', `${DAY}\npaper: [210, 297]\n`, '7: "paper" must be a4 or letter, not a list or a set of keys'],
    ['a key twice', `${DAY}start: 10:00\n`, '6: "start" is given twice: keep one'],
    ['a bad start', 'start: 9\nend: 15:00\n', '1: "start" must be a clock time HH:MM (24-hour, such as 09:00), not "9"'],
    [
      'an hour past 23',
      'course: x\nstart: 09:00\nend: 25:00\n',
      '3: "end" must be a clock time HH:MM (24-hour, such as 09:00), not "25:00"',
    ],
    ['a missing end', 'course: x\nstart: 09:00\n', '1: "end" is missing'],
    ['an end before the start', 'start: 15:00\n\nend: 09:00\n', '3: class ends at 09:00, which is not after it starts at 15:00'],
    ['a bad date', `${DAY}date: 2025-02-30\n`, '6: "date" "2025-02-30" is not a day of the calendar'],
    ['a date in another form', `${DAY}date: 10.09.2025\n`, '6: "date" "10.09.2025" is not a day written YYYY-MM-DD'],
    ['an empty label', 'course: ""\nstart: 09:00\nend: 15:00\n', '1: "course" is empty'],
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
    // The reliability probe's class files (2026-12-06, D5, D13, D14): refused, at their line, in plain words.
    [
      'a break over the whole day (D5)',
      `${DAY}breaks:\n  - 09:00-15:00\n`,
      '7: the breaks take the whole class (09:00–15:00): no time is left to teach',
    ],
    [
      'a break that ends the day (m12)',
      `${DAY}breaks:\n  - 14:45-15:00\n`,
      '7: break 14:45–15:00 ends the class: end the class at 14:45 instead',
    ],
    ['a value with ": " (D14)', 'course: Docker: the basics\nstart: 09:00\nend: 15:00\n', '1: a value with ": " in it needs quotes'],
    ['an alias (D14)', 'start: &s 09:00\nend: *s\n', '2: "*s" refers to another value: write the value itself here'],
    ['an alias in the breaks (D14)', `${DAY}breaks: [&l 12:00-12:30, *l]\n`, '6: "*l" refers to another value'],
    ['a year 0000 (D14)', `${DAY}date: 0000-01-01\n`, '6: "date" "0000-01-01" is before 1970: is the year a typo?'],
    ['a slide file as the class file', '---\nblock: lecture\n---\n# Hi\n', '3: a line "---" splits this file in two: is it a slide file?'],
    ['tabs as indentation', `${DAY}breaks:\n\t- 12:00-12:30\n`, '7: indent with spaces, not tabs'],
    ['an unclosed quote', 'course: "Docker\nstart: 09:00\nend: 15:00\n', '4: a quote opened on this line or above is not closed'],
    ['an empty file', '# nothing yet\n', '1: the class file is empty'],
    ['a list, not keys', '- 09:00\n- 15:00\n', '1: the class file holds lines "key: value"'],
    [
      'a 101-character course (D13)',
      `course: ${'x'.repeat(101)}\nstart: 09:00\nend: 15:00\n`,
      '1: "course" is 101 characters long; at most 100',
    ],
    ['a break title that is a list', `${DAY}breaks:\n  - { at: 12:00-12:30, title: [a] }\n`, '7: "title" must be a short text'],
  ])('rejects %s with file:line', (_, source, message) => {
    expect(failure(source)).toContain(`${FILE}:${message}`);
  });

  it('keeps labels as written: YAML would turn 37.50 into 37.5 and 0x25 into 37 (D13)', () => {
    expect(parse('course: .inf\nweek: 37.50\nday: 0x25\nstart: 09:00\nend: 15:00\n')).toMatchObject({
      course: '.inf',
      week: '37.50',
      day: '0x25',
    });
    // A %YAML 1.1 file would read 13:00 as the number 780 (D14).
    expect(parse('%YAML 1.1\n---\nstart: 13:00\nend: 18:00\n')).toMatchObject({ start: 13 * 60, end: 18 * 60 });
  });

  it('refuses a day the slides cannot be held in, at "end" (D5)', () => {
    const holds = () => 'the slides do not fit in the class day (09:00–10:00)';
    expect(() => parseClassFile(FILE, 'start: 09:00\n\nend: 10:00\n', holds)).toThrow(`${FILE}:3: the slides do not fit`);
  });

  describe('read from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-file-'));
    const write = (name: string, bytes: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const load = (path: string) => () => loadClassFile(dir, path);
    it.each([
      [
        'Latin-1 bytes (D6)',
        Buffer.from('course: Caf\xe9\nstart: 09:00\nend: 15:00\n', 'latin1'),
        'latin1.yaml:1: the file is not UTF-8 text: byte 0xE9',
      ],
      [
        'UTF-16 (D6)',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('start: 09:00\n', 'utf16le')]),
        'utf16.yaml:1: the file is UTF-16 text',
      ],
      ['a 70 KB file', `start: 09:00\nend: 15:00\n${'#'.repeat(70 * 1024)}\n`, 'big.yaml:1: the class file is 70 KB'],
    ])('refuses %s', (_, bytes, message) => {
      const name = message.split(':')[0] ?? '';
      expect(load(write(name, bytes))).toThrow(message);
    });
    it('reads a BOM and CRLF line ends', () => {
      expect(loadClassFile(dir, write('bom.yaml', '\ufeffcourse: Café\r\nstart: 09:00\r\nend: 15:00\r\n'))).toMatchObject({
        course: 'Café',
      });
    });
    it('says a folder is no class file, naming CLASS_FILE (D10)', () => {
      expect(load(dir)).toThrow(/: this is a folder, not a class file.*name a \.yaml file/);
    });
  });

  it(`rejects more than ${MAX_BREAKS} breaks at the first one too many`, () => {
    const breaks = Array.from(
      { length: MAX_BREAKS + 1 },
      (_, i) =>
        `  - ${String(9 + (i >> 1)).padStart(2, '0')}:${i % 2 ? '30' : '00'}-${String(9 + (i >> 1)).padStart(2, '0')}:${i % 2 ? '35' : '05'}\n`,
    );
    expect(failure(`start: 08:00\nend: 20:00\nbreaks:\n${breaks.join('')}`)).toBe(
      `${FILE}:${3 + MAX_BREAKS + 1}: a day has at most ${MAX_BREAKS} breaks, not ${MAX_BREAKS + 1}`,
    );
  });
});
