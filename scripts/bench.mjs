// `npm run bench`: figures for the built deck beside a baseline measured in the same run. Not a test: it
// prints numbers and the budgets they are held to, writes them to bench-results/latest.json, and ends with the
// README's figures table, every row from this run. `npm run bench -- --write-readme` also writes that table
// into the README between its markers. `BENCH_BEFORE=<a built dist/>` measures an earlier build beside this one
// (ready and key presses), e.g. main's, built in a worktree of its own. `BENCH_ONLY=ready,keys` (or
// `--only=ready,keys`) runs only those parts (names in scripts/bench/extras.mjs); such a run never writes the README.
// `--table-from=bench-results/latest.json` measures nothing: it makes the table again from a run's saved results
// (after a change to how a row or a verdict is worded), with that run's time and loads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { localUrl, serveDist } from './serve.mjs';
import PARTS from './bench/extras.mjs';
import { markdownTable, pickParts, printRows, writeBetweenMarkers } from './bench/figures.mjs';
import { fixed } from './bench/stats.mjs';

const BEFORE = process.env.BENCH_BEFORE;
const WRITE_README = process.argv.includes('--write-readme');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? process.env.BENCH_ONLY;
const TABLE_FROM = process.argv.find((a) => a.startsWith('--table-from='))?.slice('--table-from='.length);
/** @type {Record<string, any> | undefined} */
const saved = TABLE_FROM ? JSON.parse(readFileSync(TABLE_FROM, 'utf8')) : undefined;
const parts = saved ? PARTS.filter((p) => /** @type {string[]} */ (saved.parts).includes(p.name)) : pickParts(PARTS, ONLY);
const partial = parts.length < PARTS.length;
// The README's table is one run's: a run of some parts would leave the others' rows older than its own.
if (WRITE_README && partial) throw new Error('--write-readme needs a run of every part: drop BENCH_ONLY / --only');

/** @type {Record<string, unknown>} */
const results = {};
/** @type {import('./bench/figures.mjs').Row[]} */
const rows = [];
/** The machine's load average (1, 5, 15 min) when each part of the run began: the figures are only as quiet as it. */
const loads = /** @type {Record<string, string>} */ ({});
const noteLoad = (/** @type {string} */ part) => {
  loads[part] = loadavg()
    .map((x) => fixed(x, 1))
    .join(' / ');
};
noteLoad('start');

if (saved) {
  for (const part of parts) rows.push(...(part.rows?.(saved[part.name]) ?? []));
  Object.assign(loads, saved.loadAverage);
} else await measure();

async function measure() {
  mkdirSync('bench-results', { recursive: true });
  await build({ configFile: 'bench/stock/vite.config.ts', logLevel: 'warn' });
  // The student view's baseline: a page that does nothing but say it is ready.
  writeFileSync(
    'bench-results/stock/blank.html',
    "<!doctype html><title>blank</title><script>performance.mark('student-ready')</script>\n",
  );

  const online = parts.some((p) => !p.offline);
  const deckServer = online ? await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' }) : undefined;
  const stockServer = online
    ? await preview({ configFile: 'bench/stock/vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' })
    : undefined;
  const beforeServer = online && BEFORE ? await serveDist(resolve(BEFORE)) : undefined;
  const executablePath = online ? findChromium() : undefined;
  const browser = online ? await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) }) : undefined;
  try {
    /** @type {import('./bench/extras.mjs').BenchContext | undefined} */
    const context =
      browser && deckServer && stockServer
        ? {
            browser,
            deckUrl: localUrl(deckServer),
            stockUrl: localUrl(stockServer),
            ...(beforeServer ? { beforeUrl: beforeServer.url } : {}),
          }
        : undefined;
    for (const part of parts) {
      noteLoad(part.name);
      const result = await part.run(/** @type {import('./bench/extras.mjs').BenchContext} */ (context));
      results[part.name] = result;
      rows.push(...(part.rows?.(result) ?? []));
    }
  } finally {
    await browser?.close();
    await deckServer?.close();
    await stockServer?.close();
    await beforeServer?.close();
  }
  noteLoad('end');
}
const when = saved?.measuredAt ?? new Date().toISOString().slice(0, 16).replace('T', ' ');
if (!saved) {
  results.loadAverage = loads;
  results.parts = parts.map((p) => p.name);
  results.measuredAt = when;
  writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
}

const loadLine = Object.entries(loads)
  .map(([part, load]) => `${part} ${load}`)
  .join('; ');
const scope = partial ? `some parts of \`npm run bench\` (${parts.map((p) => p.name).join(', ')})` : '`npm run bench`';
const markdown = `Measured by ${scope} in one run on ${when} UTC (${process.env.BENCH_MACHINE ?? 'this machine'}, ${String(cpus().length)} cores); every row comes from that run.\n\n${markdownTable(rows)}\n\nLoad average (1 / 5 / 15 min) as each part began: ${loadLine}. Absolute times grow with the load; compare the deck with its baseline in the same row.`;
writeFileSync('bench-results/figures.md', `${markdown}\n`);
console.log('\nThe figures table (all rows from this run; bench-results/figures.md):');
printRows(rows);
if (WRITE_README) {
  writeBetweenMarkers('README.md', markdown);
  console.log('README.md: figures table written between its markers.');
}
