import { describe, expect, it } from 'vitest';
import { choosePaper, PAPER_SIZE, paperForLocale, paperLocale, parsePaper } from '../../../src/model/paper';

describe('paperForLocale', () => {
  it.each([
    ['en_US.UTF-8', 'letter'],
    ['en-US', 'letter'],
    ['fr_CA@euro', 'letter'],
    ['es_MX.UTF-8', 'letter'],
    ['fil_PH', 'letter'],
    ['es_PR.UTF-8', 'letter'],
    ['en_GB.UTF-8', 'a4'],
    ['de-DE', 'a4'],
    ['zh-Hant-TW', 'a4'],
    ['en_AU', 'a4'],
    ['en', 'a4'],
    ['C', 'a4'],
    ['C.UTF-8', 'a4'],
    ['POSIX', 'a4'],
    ['', 'a4'],
    [undefined, 'a4'],
  ])('%s prints on %s', (locale, paper) => {
    expect(paperForLocale(locale)).toBe(paper);
  });
});

describe('paperLocale', () => {
  it('takes LC_ALL over LC_PAPER over LANG, skipping empty ones, as setlocale does', () => {
    expect(paperLocale({ LC_ALL: 'en_US.UTF-8', LC_PAPER: 'de_DE', LANG: 'fr_FR' })).toBe('en_US.UTF-8');
    expect(paperLocale({ LC_ALL: '', LC_PAPER: 'de_DE', LANG: 'en_US' })).toBe('de_DE');
    expect(paperLocale({ LANG: 'en_CA.UTF-8' })).toBe('en_CA.UTF-8');
    expect(paperLocale({})).toBeUndefined();
  });
});

describe('parsePaper', () => {
  it('reads a4 and letter in any case, nothing else', () => {
    expect(parsePaper(' A4 ')).toBe('a4');
    expect(parsePaper('LETTER')).toBe('letter');
    expect(parsePaper('a5')).toBeUndefined();
    expect(parsePaper('us-letter')).toBeUndefined();
    expect(parsePaper('')).toBeUndefined();
  });

  it('knows both sizes in points as pdfinfo prints them: A4 595.28 x 841.89, Letter 612 x 792', () => {
    expect(PAPER_SIZE.a4.short * 0.75).toBeCloseTo(595.28, 2);
    expect(PAPER_SIZE.a4.long * 0.75).toBeCloseTo(841.89, 2);
    expect(PAPER_SIZE.letter.short * 0.75).toBe(612);
    expect(PAPER_SIZE.letter.long * 0.75).toBe(792);
  });
});

describe('choosePaper', () => {
  it('takes --paper, then the class file, then the locale, and says which', () => {
    expect(choosePaper('Letter', 'a4', 'de_DE')).toEqual({ paper: 'letter', from: '--paper' });
    expect(choosePaper(undefined, 'a4', 'en_US.UTF-8')).toEqual({ paper: 'a4', from: 'the class file' });
    expect(choosePaper(undefined, undefined, 'en_US.UTF-8')).toEqual({ paper: 'letter', from: 'the locale en_US.UTF-8' });
    expect(choosePaper(undefined, undefined, undefined)).toMatchObject({ paper: 'a4' });
  });

  it('refuses a value that is no paper rather than print on the default', () => {
    expect(choosePaper('a5', 'letter', 'en_US')).toEqual({ problem: '--paper "a5" is not a4 or letter' });
    expect(choosePaper('', undefined, undefined)).toEqual({ problem: '--paper "" is not a4 or letter' });
  });
});
