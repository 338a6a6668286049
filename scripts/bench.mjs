// `npm run bench`: figures for the built deck beside a baseline measured in the same run. Not a test: it
// prints numbers and the budgets they are held to, writes them to bench-results/latest.json, and ends with the
// README's figures table, every row from this run. `npm run bench -- --write-readme` also writes that table
// into the README between its markers. `BENCH_BEFORE=<a built dist/>` measures an earlier build beside this one
// (ready and key presses), e.g. main's, built in a worktree of its own.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { localUrl, serveDist } from './serve.mjs';
import { markdownTable, printRows, row, verdict, writeBetweenMarkers } from './bench/figures.mjs';
import { readyTimes } from './bench/ready.mjs';
import { assetSizes, fileSize } from './bench/sizes.mjs';
import { fixed, median, table } from './bench/stats.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const BEFORE = process.env.BENCH_BEFORE;
const WRITE_README = process.argv.includes('--write-readme');
/** @param {number} bytes */
const kb = (bytes) => fixed(bytes / 1024);
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

await build({ configFile: 'bench/stock/vite.config.ts', logLevel: 'warn' });
// The student view's baseline: a page that does nothing but say it is ready.
writeFileSync('bench-results/stock/blank.html', "<!doctype html><title>blank</title><script>performance.mark('student-ready')</script>\n");
const ours = assetSizes('dist');
const stock = assetSizes('bench-results/stock');
const student = assetSizes('dist', 'student.html');
const single = existsSync('dist/vm-vs-docker.html') ? fileSize('dist/vm-vs-docker.html') : undefined;
results.sizes = { ours, stock, student, single };
console.log('\nBuilt size, KB (gzip level 9)');
/** @param {string} name @param {ReturnType<typeof assetSizes>} s */
const sizeRow = (name, s) => [
  name,
  kb(s.startJs.raw),
  kb(s.startJs.gzip),
  kb(s.js.raw),
  kb(s.js.gzip),
  kb(s.css.raw),
  kb(s.css.gzip),
  kb(s.html.gzip),
];
table(
  ['', 'start JS raw', 'start JS gzip', 'all JS raw', 'all JS gzip', 'CSS raw', 'CSS gzip', 'HTML gzip'],
  [sizeRow('deck', ours), sizeRow('stock reveal.js, same slides', stock)],
);
rows.push(
  row(
    'JS loaded before the deck answers the keyboard, gzip',
    `${kb(ours.startJs.gzip)} KB`,
    `stock reveal.js: ${kb(stock.startJs.gzip)} KB`,
    '< 90 KB',
    verdict(ours.startJs.gzip, 90 * 1024),
  ),
  row(
    'all JS (scenes, agenda, rehearsal, print layout load after `ready`), gzip',
    `${kb(ours.js.gzip)} KB`,
    `stock reveal.js: ${kb(stock.js.gzip)} KB`,
  ),
  row(
    'CSS, gzip (everything that sizes a slide; none arrives later)',
    `${kb(ours.css.gzip)} KB`,
    `stock reveal.js: ${kb(stock.css.gzip)} KB`,
    '< 25 KB',
    verdict(ours.css.gzip, 25 * 1024),
  ),
  row("student page's JS, gzip", `${kb(student.startJs.gzip)} KB`),
);
if (single) rows.push(row('the single file `dist/vm-vs-docker.html`', `${kb(single.raw)} KB (${kb(single.gzip)} KB gzip)`));

// The ink's stroke library arrives only when ink is first drawn or shown: outside the start-up figure above.
const freehand = gzipSync(readFileSync('node_modules/perfect-freehand/dist/esm/index.mjs'), { level: 9 }).length;
results.perfectFreehandGzip = freehand;
rows.push(row('ink strokes (perfect-freehand, loaded when ink is first drawn or shown), gzip', `${kb(freehand)} KB`));

const deckServer = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const stockServer = await preview({
  configFile: 'bench/stock/vite.config.ts',
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const beforeServer = BEFORE ? await serveDist(resolve(BEFORE)) : undefined;
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  /** @type {Record<string, string>} */
  const pages = { deck: localUrl(deckServer), ...(beforeServer ? { before: beforeServer.url } : {}), stock: localUrl(stockServer) };
  const urls = { deck: localUrl(deckServer), stock: localUrl(stockServer) };
  const times = await readyTimes(browser, pages, LOADS);
  const deckTimes = times.deck ?? [];
  const stockTimes = times.stock ?? [];
  const ratio = median(deckTimes) / median(stockTimes);
  results.ready = {
    loads: LOADS,
    deckMs: median(deckTimes),
    stockMs: median(stockTimes),
    ratio,
    ...(times.before ? { beforeMs: median(times.before) } : {}),
  };
  console.log(`\nTime to reveal ready, median of ${LOADS} fresh loads (ms)`);
  table(
    ['', 'median', 'min', 'max', 'ratio to stock'],
    Object.entries(times).map(([k, xs]) => [
      k,
      fixed(median(xs)),
      fixed(Math.min(...xs)),
      fixed(Math.max(...xs)),
      fixed(median(xs) / median(stockTimes), 2),
    ]),
  );
  console.log(`ratio deck / stock: ${fixed(ratio, 2)} (budget <= 1.1: ${verdict(ratio, 1.1)})`);
  rows.push(
    row(
      `navigation to reveal's \`ready\`, median of ${LOADS} fresh loads`,
      `${fixed(median(deckTimes))} ms${times.before ? ` (before: ${fixed(median(times.before))} ms, ${fixed(median(times.before) / median(stockTimes), 2)}x)` : ''}`,
      `stock reveal.js: ${fixed(median(stockTimes))} ms`,
      'ratio <= 1.1',
      `${verdict(ratio, 1.1)}: ratio ${fixed(ratio, 2)}`,
    ),
  );

  const studentTimes = await readyTimes(
    browser,
    { student: `${urls.deck}student.html`, blank: `${urls.stock}blank.html` },
    LOADS,
    'student-ready',
  );
  const studentRatio = median(studentTimes.student) / median(studentTimes.blank);
  results.studentReady = {
    loads: LOADS,
    studentMs: median(studentTimes.student),
    blankMs: median(studentTimes.blank),
    ratio: studentRatio,
  };
  console.log(
    `\nStudent view, navigation to drawn, median of ${LOADS} fresh loads: ${fixed(median(studentTimes.student))} ms; a blank page ${fixed(median(studentTimes.blank))} ms (ratio ${fixed(studentRatio, 2)})`,
  );
  rows.push(
    row(
      `student view: navigation to drawn (clock, agenda, tasks, pictures), median of ${LOADS}`,
      `${fixed(median(studentTimes.student))} ms`,
      `blank page: ${fixed(median(studentTimes.blank))} ms`,
      'none set',
      `ratio ${fixed(studentRatio, 2)}`,
    ),
  );

  const context = { browser, deckUrl: urls.deck, stockUrl: urls.stock, ...(beforeServer ? { beforeUrl: beforeServer.url } : {}) };
  for (const extra of (await import('./bench/extras.mjs')).default) {
    noteLoad(extra.name);
    const result = await extra.run(context);
    results[extra.name] = result;
    rows.push(...(extra.rows?.(result) ?? []));
  }
} finally {
  await browser.close();
  await deckServer.close();
  await stockServer.close();
  await beforeServer?.close();
}
noteLoad('end');
results.loadAverage = loads;
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const loadLine = Object.entries(loads)
  .map(([part, load]) => `${part} ${load}`)
  .join('; ');
const markdown = `Measured by \`npm run bench\` in one run on ${when} UTC (${process.env.BENCH_MACHINE ?? 'this machine'}, ${String(cpus().length)} cores); every row comes from that run.\n\n${markdownTable(rows)}\n\nLoad average (1 / 5 / 15 min) as each part began: ${loadLine}. Absolute times grow with the load; compare the deck with its baseline in the same row.`;
writeFileSync('bench-results/figures.md', `${markdown}\n`);
console.log('\nThe figures table (all rows from this run; bench-results/figures.md):');
printRows(rows);
if (WRITE_README) {
  writeBetweenMarkers('README.md', markdown);
  console.log('README.md: figures table written between its markers.');
}
