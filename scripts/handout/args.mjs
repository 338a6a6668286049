// The handout command's options, read strictly: an unknown, repeated or malformed option is refused by name.
// The class day's values (--start, --end, --date, --break) are checked against the deck's rules afterwards,
// with the class file at hand (handout/day.ts).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const OPTIONS = /** @type {const} */ ({
  out: { type: 'string' },
  notes: { type: 'boolean' },
  steps: { type: 'boolean' },
  'per-page': { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  break: { type: 'string', multiple: true },
  date: { type: 'string' },
  ink: { type: 'string' },
  paper: { type: 'string' },
  'no-build': { type: 'boolean' },
  help: { type: 'boolean' },
});
const PER_PAGE = [1, 2, 4, 6];

/**
 * @typedef {{ out: string, notes: boolean, steps: boolean, perPage: 1 | 2 | 4 | 6, start?: string, end?: string,
 *   breaks: string[], date?: string, ink?: string, paper?: string, noBuild: boolean, help: boolean }} HandoutArgs
 */

/**
 * @param {string[]} argv the arguments after the command
 * @param {string} [cwd] where relative paths start: the folder `npm run` was typed in (INIT_CWD), not the project's
 * @returns {{ args: HandoutArgs } | { problem: string }}
 */
export function readHandoutArgs(argv, cwd = process.env.INIT_CWD ?? process.cwd()) {
  /** @type {ReturnType<typeof parseArgs<{ options: typeof OPTIONS, args: string[], tokens: true, strict: true, allowPositionals: false }>>} */
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, tokens: true, strict: true, allowPositionals: false });
  } catch (error) {
    return { problem: error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error) };
  }
  const seen = new Set();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === 'break') continue;
    // A hand-edited command line with two --date is ambiguous: which was meant cannot be known.
    if (seen.has(token.name)) return { problem: `--${token.name} is given twice: give it once` };
    seen.add(token.name);
  }
  const values = parsed.values;
  const perPage = values['per-page'] === undefined ? 1 : Number(values['per-page']);
  if (!PER_PAGE.includes(perPage) || (values['per-page'] ?? '1').trim() === '') {
    return { problem: `--per-page ${JSON.stringify(values['per-page'])} is not 1, 2, 4 or 6` };
  }
  if (perPage !== 1 && values.notes) return { problem: '--notes prints one slide per page: leave out --per-page' };
  if (values.out !== undefined && values.out.trim() === '')
    return { problem: '--out is empty: name the PDF to write, such as --out handout.pdf' };
  return {
    args: {
      out: values.out === undefined ? resolve('dist', 'handout.pdf') : resolve(cwd, values.out),
      notes: values.notes ?? false,
      steps: values.steps ?? false,
      perPage: /** @type {1 | 2 | 4 | 6} */ (perPage),
      ...(values.start === undefined ? {} : { start: values.start }),
      ...(values.end === undefined ? {} : { end: values.end }),
      breaks: values.break ?? [],
      ...(values.date === undefined ? {} : { date: values.date }),
      ...(values.ink === undefined ? {} : { ink: resolve(cwd, values.ink) }),
      ...(values.paper === undefined ? {} : { paper: values.paper }),
      noBuild: values['no-build'] ?? false,
      help: values.help ?? false,
    },
  };
}

/** @param {number} minutes */
const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The help text, with the class file's values as the defaults.
 * @param {import('../../src/model/class-day.ts').ClassDay} classDay
 * @param {string} paper the paper used when --paper is left out, and why
 */
export function usage(classDay, paper) {
  const breaks = classDay.breaks.map((b) => `${clock(b.start)}-${clock(b.end)}`).join(', ') || 'none';
  return `usage: npm run handout -- [--out FILE] [--notes] [--steps] [--per-page N] [--start HH:MM] [--end HH:MM] [--break HH:MM-HH:MM] [--date YYYY-MM-DD] [--ink FILE] [--paper a4|letter] [--no-build]
  --out FILE    where to write the PDF (default dist/handout.pdf; a relative path counts from where you are)
  --notes       each slide's speaker notes printed under it
  --steps       a page per scene step, not only each scene's final state
  --per-page N  1, 2, 4 or 6 slides to a sheet (default 1; 4 prints landscape, 2 and 6 portrait)
  --start/--end the class times for the schedule on the cover (class file: ${clock(classDay.start)}-${clock(classDay.end)})
  --break R     a break, HH:MM-HH:MM; repeat for more, or --break none for a day without (class file: ${breaks})
  --date D      the class date on the cover, YYYY-MM-DD (class file: ${classDay.date ?? 'none, so today'})
  --ink FILE    the day's ink (exported from the deck) printed on each slide, as the slide's last step shows it
  --paper P     a4 or letter: every page that size (default: the class file's "paper:", else the locale's
                LC_ALL, LC_PAPER or LANG: a region US, CA, MX, PH, ... prints letter, any other a4; now ${paper})
  --no-build    use the dist/ already built
The class file is slides/class.yaml (or CLASS_FILE); these options change the handout only, by the rules the
deck applies to the class file: a day it would refuse is refused here, before anything is printed.`;
}
