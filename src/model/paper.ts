/**
 * The handout's paper: A4 or US Letter, named by `--paper`, the class file's `paper:`, or else the locale.
 * Pure: the handout command passes its environment, the print view the browser's language.
 */

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Portrait width and height in CSS pixels (96 per inch): A4 is 210 x 297 mm, Letter 8.5 x 11 in. */
export const PAPER_SIZE: Record<Paper, { readonly short: number; readonly long: number }> = {
  a4: { short: (210 / 25.4) * 96, long: (297 / 25.4) * 96 },
  letter: { short: 8.5 * 96, long: 11 * 96 },
};

/** As a lecturer writes it: "A4", "a4", " Letter ". */
export function parsePaper(text: string): Paper | undefined {
  const name = text.trim().toLowerCase();
  return PAPERS.find((paper) => paper === name);
}

/** What to write instead of a value that is no paper. */
export const PAPER_CHOICES = 'a4 or letter';

/**
 * The regions whose printers hold Letter: CLDR's `paperSize type="US-Letter"` territories (the US, Canada,
 * Mexico, the Philippines, and Central and South American neighbours). Everywhere else prints on A4.
 */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'PR', 'BZ', 'CL', 'CO', 'CR', 'GT', 'NI', 'PA', 'SV', 'VE']);

/**
 * The paper a locale's region prints on. Takes POSIX names (`en_US.UTF-8`, `fr_CA@euro`) and BCP 47 tags
 * (`en-US`, `zh-Hant-TW`); a locale without a region (`C`, `POSIX`, `en`) gets A4, the world's default.
 */
export function paperForLocale(locale: string | undefined): Paper {
  const base = (locale ?? '').split(/[.@]/)[0] ?? '';
  const region = base
    .split(/[_-]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

/**
 * The locale that decides paper in a POSIX environment, as `setlocale` picks it: LC_ALL over LC_PAPER over LANG,
 * the first one set and not empty.
 */
export function paperLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return [env.LC_ALL, env.LC_PAPER, env.LANG].find((value) => value !== undefined && value !== '');
}

export type PaperChoice = { readonly paper: Paper; readonly from: string } | { readonly problem: string };

/**
 * The handout's paper and what chose it: `--paper`, else the class file's `paper:`, else the locale. A value that
 * is no paper is refused, never replaced by the default: 30 handouts on the wrong paper are a wasted ream.
 */
export function choosePaper(asked: string | undefined, classFile: Paper | undefined, locale: string | undefined): PaperChoice {
  if (asked !== undefined) {
    const paper = parsePaper(asked);
    return paper ? { paper, from: '--paper' } : { problem: `--paper ${JSON.stringify(asked)} is not ${PAPER_CHOICES}` };
  }
  if (classFile) return { paper: classFile, from: 'the class file' };
  return { paper: paperForLocale(locale), from: locale ? `the locale ${locale}` : 'no locale set: A4, the world’s default' };
}

/** "A4", "Letter": as a printer's menu names them. */
export const paperName = (paper: Paper): string => (paper === 'a4' ? 'A4' : 'Letter');
