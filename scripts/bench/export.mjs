import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deckExpectations, handoutProblems } from '../handout/check.mjs';
import { exportHandout } from '../handout/export.mjs';
import { findChromium } from '../chromium.mjs';
import { allVerdict, row } from './figures.mjs';
import { fixed, median, table } from './stats.mjs';

/** Exports in a row: one incomplete handout in 20 is a bug, not noise. */
const RUNS = Number(process.env.BENCH_EXPORTS ?? 20);
/** decktape takes minutes per export (it pauses on every step): one run of it is enough to compare. */
const DECKTAPE_RUNS = 1;
const exec = promisify(execFile);
const TOOLS = resolve('bench-results/tools');

/** decktape is a comparison here, never a dependency of the deck: installed on first use, outside package.json. */
function decktape() {
  const bin = join(TOOLS, 'node_modules/.bin/decktape');
  if (!existsSync(bin)) {
    mkdirSync(TOOLS, { recursive: true });
    console.log('installing decktape for the comparison (once, into bench-results/tools)...');
    execFileSync('npm', ['install', '--prefix', TOOLS, '--no-save', '--no-audit', '--no-fund', 'decktape'], {
      stdio: 'ignore',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
  }
  return bin;
}

/**
 * Handout export time from the built files, ours against decktape's `--fragments` export of the same deck
 * (its --pause above our transition time, so it does not capture mid-animation).
 * @param {import('./extras.mjs').BenchContext} ctx
 */
async function run({ browser, deckUrl }) {
  mkdirSync('bench-results', { recursive: true });
  const expected = await deckExpectations(browser, deckUrl);
  const ours = [];
  let pages = 0;
  let complete = 0;
  const failures = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const pdf = 'bench-results/handout.pdf';
    const printed = await exportHandout({ out: pdf });
    ours.push((performance.now() - t) / 1000);
    pages = printed.pages;
    // The same check as the e2e tests: every slide's title, scene captions and labels, task commands on its page.
    const problems = [...printed.warnings, ...printed.layout, ...handoutProblems({ pdf, sheets: printed.sheets, expected })];
    if (problems.length === 0) complete++;
    else failures.push(`run ${i + 1}: ${problems.length} problems, first: ${problems[0]}`);
  }
  console.log(
    `\nHandout repeatability: ${complete}/${RUNS} exports complete (${complete === RUNS ? 'ok' : 'BUG'}), median ${fixed(median(ours))} s`,
  );
  for (const failure of failures) console.log(`  ${failure}`);
  // What the tags and the outline cost: the same export untagged, once (its size is all that is compared).
  const untaggedT = performance.now();
  await exportHandout({ out: 'bench-results/handout-untagged.pdf', tagged: false });
  const untaggedS = (performance.now() - untaggedT) / 1000;
  /** @type {(string | number)[][]} */
  const rows = [
    ['npm run handout (Chromium print view)', fixed(median(ours)), pages, fixed(statSync('bench-results/handout.pdf').size / 1024, 0)],
    ['  same, untagged and without outline', fixed(untaggedS), pages, fixed(statSync('bench-results/handout-untagged.pdf').size / 1024, 0)],
  ];
  /** @type {Record<string, unknown>} */
  const result = { oursS: median(ours), pages, complete, runs: RUNS };
  // decktape when present: installing it (npm) and its --fragments export take minutes; BENCH_DECKTAPE=1 asks.
  const decktapeWanted =
    process.env.BENCH_DECKTAPE === '1' || (process.env.BENCH_DECKTAPE !== '0' && existsSync(join(TOOLS, 'node_modules/.bin/decktape')));
  if (!decktapeWanted) {
    console.log(`\nPDF export of the whole deck (median of ${RUNS} runs; decktape not installed: BENCH_DECKTAPE=1 installs and runs it)`);
    table(['', 'seconds', 'pages', 'KB'], rows);
    return { ...result, decktape: false };
  }
  const chromiumPath = findChromium();
  const bin = decktape();
  // --fragments is the fair comparison (all bullets and scene steps shown); without it decktape prints every
  // slide before its first fragment. It has crashed here part-way through --fragments, so both are tried.
  /** @type {[string, string[]][]} */
  const variants = [
    ['decktape --fragments', ['--fragments']],
    ['decktape (no fragments: slides print before their first step)', []],
  ];
  for (const [label, extra] of variants) {
    try {
      const times = [];
      for (let i = 0; i < DECKTAPE_RUNS; i++) {
        const t = performance.now();
        // Asynchronously: the deck's server runs in this process and must keep answering meanwhile.
        await exec(
          bin,
          [
            'reveal',
            ...extra,
            '--pause',
            '1500',
            '--size',
            '1280x720',
            ...(chromiumPath ? ['--chrome-path', chromiumPath] : []),
            '--chrome-arg=--no-sandbox',
            deckUrl,
            'bench-results/decktape.pdf',
          ],
          { timeout: 300_000 },
        );
        times.push((performance.now() - t) / 1000);
      }
      const info = execFileSync('pdfinfo', ['bench-results/decktape.pdf'], { encoding: 'utf8' });
      const decktapePages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      rows.push([label, fixed(median(times)), decktapePages, fixed(statSync('bench-results/decktape.pdf').size / 1024, 0)]);
      result[label] = { seconds: median(times), pages: decktapePages };
    } catch (error) {
      const stdout = typeof error === 'object' && error !== null && 'stdout' in error ? error.stdout : undefined;
      rows.push([
        `${label}: failed (${
          String(stdout ?? error)
            .trim()
            .split('\n')
            .find((l) => /Error/.test(l))
            ?.slice(0, 80) ?? 'see decktape'
        })`,
        '–',
        '–',
        '–',
      ]);
    }
  }
  console.log(`\nPDF export of the whole deck (ours: median of ${RUNS} runs; decktape: ${DECKTAPE_RUNS} run each)`);
  table(['', 'seconds', 'pages', 'KB'], rows);
  return result;
}

/** @param {Awaited<ReturnType<typeof run>>} result */
function rows(result) {
  const { oursS, pages, complete, runs } = /** @type {{ oursS: number, pages: number, complete: number, runs: number }} */ (result);
  /** @type {import('./figures.mjs').Row[]} */
  const out = [
    row(
      `handout: ${runs} exports in a row, each checked like the e2e tests`,
      `${complete}/${runs} complete`,
      '',
      `${runs}/${runs}`,
      allVerdict(complete, runs, 'complete'),
    ),
  ];
  const decktape = Object.entries(result).filter(([k, v]) => k.startsWith('decktape') && typeof v === 'object');
  const said = decktape
    .map(([k, v]) => {
      const d = /** @type {{ seconds: number, pages: number }} */ (v);
      return `${k}: ${fixed(d.seconds)} s, ${d.pages} pages`;
    })
    .join('; ');
  out.push(
    row(
      `PDF handout of the whole deck (${pages} pages), median of ${runs}`,
      `${fixed(oursS)} s`,
      said || (result.decktape === false ? 'decktape not run (not installed; BENCH_DECKTAPE=1)' : 'decktape failed (see above)'),
    ),
  );
  return out;
}

export default { name: 'export', run, rows };
