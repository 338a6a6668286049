// `npm run handout [-- --out FILE --notes --steps --per-page N --start HH:MM --end HH:MM --break HH:MM-HH:MM --date YYYY-MM-DD --paper a4|letter --no-build]`
// Builds the deck and prints it to PDF with Chromium's own print engine, offline, from the built files.
// Everything that can be refused is refused first, in one line and before Chromium starts: the options, the
// class day they make (by the deck's own rules), the slide files, the --out path. The PDF replaces the
// previous one only once it is whole.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readHandoutArgs, usage } from './handout/args.mjs';
import { checkOut, displayPath, makeOutFolder } from './handout/out.mjs';

const root = process.cwd();
const HELP = '(npm run handout -- --help lists the options)';

/** One line for the lecturer, then out: 2 for a refused option, 1 for anything else. @param {string} message @param {number} code @returns {never} */
function fail(message, code = 1) {
  console.error(`handout: ${message}`);
  process.exit(code);
}

const read = readHandoutArgs(process.argv.slice(2));
if ('problem' in read) fail(`${read.problem} ${HELP}`, 2);
const args = read.args;
if (args.help) {
  /** @type {typeof import('./handout/day.ts')} */
  const day = await loadTs('day.ts');
  const classDay = catching(() => day.readClassDay(root));
  const paper = day.handoutPaper(undefined, classDay, process.env);
  console.log(usage(classDay, 'paper' in paper ? `${paper.paper}, from ${paper.from}` : paper.problem));
  process.exit(0);
}

const outProblem = checkOut(args.out);
if (outProblem) fail(outProblem, 2);
if (args.noBuild && !existsSync(join(root, 'dist', 'index.html'))) {
  fail('there is no built deck in dist/: run npm run build first, or leave out --no-build');
}

/** @type {typeof import('./handout/day.ts')} */
const day = await loadTs('day.ts');
const classDay = catching(() => day.readClassDay(root));
const given = { start: args.start, end: args.end, date: args.date, breaks: args.breaks };
const checked = day.checkHandoutOptions(classDay, given);
const paper = day.handoutPaper(args.paper, classDay, process.env);
const problems = [...checked.problems, ...('problem' in paper ? [paper.problem] : [])];
if (problems.length > 0 || 'problem' in paper) fail(problems.join('\nhandout: '), 2);
/** @type {typeof import('./handout/deck-day.ts')} */
const deckDay = await loadTs('deck-day.ts');
const whyNot = catching(() => deckDay.whySlidesDoNotFit(root, checked.day));
if (whyNot !== undefined) fail(whyNot, 2);

const ink = args.ink === undefined ? undefined : await readInk(args.ink);

const began = performance.now();
if (!args.noBuild) build();
// Loaded only now: Playwright and Vite take seconds to import, and a refused option should not wait for them.
const { exportHandout } = await import('./handout/export.mjs');
const out = args.out;
try {
  makeOutFolder(out);
  const { pages } = await exportHandout({
    out,
    notes: args.notes,
    steps: args.steps,
    perPage: args.perPage,
    start: args.start,
    end: args.end,
    breaks: args.breaks,
    date: args.date,
    ink,
    paper: paper.paper,
    refuseWarnings: true,
  });
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  const size = `${(statSync(out).size / 1024).toFixed(0)} KB`;
  console.log(`wrote ${displayPath(out)}: ${pages} pages on ${day.paperName(paper.paper)} (${paper.from}), ${size} in ${seconds} s`);
} catch (error) {
  fail(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
}

/** The deck built as `npm run build` builds it, which prints a slide mistake as one line and no stack. */
function build() {
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : '';
    const lines = stderr.split('\n').filter((line) => line.trim() !== '');
    fail(`the build failed: ${lines.find((line) => /^\S+:\d+: /.test(line)) ?? lines.at(-1) ?? 'no message'}`);
  }
}

/**
 * TypeScript of handout/ through Vite's module runner, which runs the class file's and slide files' code as it is.
 * @param {string} name
 */
async function loadTs(name) {
  try {
    const { runnerImport } = await import('vite');
    const { module } = await runnerImport(join(root, 'scripts', 'handout', name));
    return module;
  } catch (error) {
    return fail(`cannot read the project's code: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** A slide or class file mistake as the build prints it, `file:line: problem`. @template T @param {() => T} run @returns {T} */
function catching(run) {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && error.name === 'SlideError') return fail(error.message, 1);
    throw error;
  }
}

/**
 * The ink file's text, checked by the deck's own schema before anything is built; the print view checks it again
 * and refuses ink from another deck. A refused file stops the export: exit 1, with what is wrong.
 * @param {string} path
 */
async function readInk(path) {
  try {
    const size = statSync(path).size;
    const { runnerImport } = await import('vite');
    /** @type {{ module: typeof import('../src/model/ink.ts') }} */
    const { module } = await runnerImport(join(root, 'src/model/ink.ts'));
    if (size > module.INK_LIMITS.fileBytes) throw new Error(`it is too big (${size} bytes; at most ${module.INK_LIMITS.fileBytes})`);
    const text = readFileSync(path, 'utf8');
    const read = module.readInkFile(text);
    if (!read.ok) throw new Error(read.problem);
    return text;
  } catch (error) {
    return fail(`--ink ${path}: refused: ${error instanceof Error ? error.message : String(error)}`);
  }
}
