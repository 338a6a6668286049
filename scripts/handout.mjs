// `npm run handout [-- --out FILE --notes --steps --start HH:MM --end HH:MM --break HH:MM-HH:MM --date YYYY-MM-DD --no-build]`
// Builds the deck and prints it to PDF with Chromium's own print engine, offline, from the built files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { exportHandout } from './handout/export.mjs';

// The class file's day, read and checked as the build does: the defaults below are its values, not the code's.
const classDay = await readClassDay();
/** @param {number} minutes */
const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const classBreaks = classDay.breaks.map((b) => `${clock(b.start)}-${clock(b.end)}`).join(', ') || 'none';

const USAGE = `usage: npm run handout -- [--out FILE] [--notes] [--steps] [--per-page N] [--start HH:MM] [--end HH:MM] [--break HH:MM-HH:MM] [--date YYYY-MM-DD] [--ink FILE] [--no-build]
  --out FILE    where to write the PDF (default dist/handout.pdf)
  --notes       each slide's speaker notes printed under it
  --steps       a page per scene step, not only each scene's final state
  --per-page N  1, 2, 4 or 6 slides to a sheet (default 1; 4 prints landscape, 2 and 6 portrait)
  --start/--end the class times for the schedule on the cover (class file: ${clock(classDay.start)}-${clock(classDay.end)})
  --break R     a break, HH:MM-HH:MM; repeat for more, or --break none for a day without (class file: ${classBreaks})
  --date D      the class date on the cover, YYYY-MM-DD (class file: ${classDay.date ?? 'none, so today'})
  --ink FILE    the day's ink (exported from the deck) printed on each slide, as the slide's last step shows it
  --no-build    use the dist/ already built
The class file is slides/class.yaml (or CLASS_FILE); these options change the handout only.`;

let args;
try {
  args = parseArgs({
    options: {
      out: { type: 'string', default: 'dist/handout.pdf' },
      notes: { type: 'boolean', default: false },
      steps: { type: 'boolean', default: false },
      'per-page': { type: 'string', default: '1' },
      start: { type: 'string' },
      end: { type: 'string' },
      break: { type: 'string', multiple: true, default: [] },
      date: { type: 'string' },
      ink: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
for (const name of /** @type {const} */ (['start', 'end'])) {
  const value = args[name];
  if (value !== undefined && !/^\d{1,2}:\d{2}$/.test(value)) {
    console.error(`--${name} ${value} is not a clock time (HH:MM)\n${USAGE}`);
    process.exit(2);
  }
}

for (const range of args.break) {
  if (range !== 'none' && !/^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/.test(range)) {
    console.error(`--break ${range} is not a time range (HH:MM-HH:MM) or none\n${USAGE}`);
    process.exit(2);
  }
}
if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) {
  console.error(`--date ${args.date} is not a day (YYYY-MM-DD)\n${USAGE}`);
  process.exit(2);
}

const perPage = Number(args['per-page']);
if (!isPerPage(perPage)) {
  console.error(`--per-page ${args['per-page']} is not 1, 2, 4 or 6\n${USAGE}`);
  process.exit(2);
}
if (perPage !== 1 && args.notes) {
  console.error(`--notes prints one slide per page: leave out --per-page\n${USAGE}`);
  process.exit(2);
}

const ink = args.ink === undefined ? undefined : await readInk(args.ink);

const began = performance.now();
if (!args['no-build']) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const out = resolve(args.out);
mkdirSync(dirname(out), { recursive: true });
try {
  const { pages, warnings } = await exportHandout({
    out,
    notes: args.notes,
    steps: args.steps,
    perPage,
    start: args.start,
    end: args.end,
    breaks: args.break,
    date: args.date,
    ink,
  });
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(`wrote ${args.out}: ${pages} pages, ${(statSync(out).size / 1024).toFixed(0)} KB in ${seconds} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/**
 * The ink file's text, checked by the deck's own schema before anything is built; the print view checks it again
 * and refuses ink from another deck. A refused file stops the export: exit 1, with what is wrong.
 * @param {string} path
 */
async function readInk(path) {
  /** @type {string} */
  let text;
  try {
    const size = statSync(path).size;
    /** @type {{ module: typeof import('../src/model/ink.ts') }} */
    const { module } = await runnerImport(join(process.cwd(), 'src/model/ink.ts'));
    if (size > module.INK_LIMITS.fileBytes) throw new Error(`it is too big (${size} bytes; at most ${module.INK_LIMITS.fileBytes})`);
    text = readFileSync(path, 'utf8');
    const read = module.readInkFile(text);
    if (!read.ok) throw new Error(read.problem);
  } catch (error) {
    console.error(`--ink ${path}: refused: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  return text;
}

/** @param {number} n @returns {n is 1 | 2 | 4 | 6} */
function isPerPage(n) {
  return [1, 2, 4, 6].includes(n);
}

/**
 * The class file through Vite's module runner, which runs its TypeScript checks as they are.
 * @returns {Promise<import('../src/model/class-day.ts').ClassDay>}
 */
async function readClassDay() {
  const root = process.cwd();
  try {
    /** @type {{ module: typeof import('../src/build/deck/class-file.ts') }} */
    const { module } = await runnerImport(join(root, 'src/build/deck/class-file.ts'));
    return module.loadClassFile(root, module.classFilePath(root, join(root, 'slides')));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
