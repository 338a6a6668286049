// `npm run bench`: figures for the built deck beside a baseline measured in the same run. Not a test: it
// prints numbers and the budgets they are held to, and writes them to bench-results/latest.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { localUrl } from './serve.mjs';
import { readyTimes } from './bench/ready.mjs';
import { assetSizes } from './bench/sizes.mjs';
import { fixed, median, table } from './bench/stats.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
/** @param {number} bytes */
const kb = (bytes) => fixed(bytes / 1024);
/** @type {Record<string, unknown>} */
const results = {};

await build({ configFile: 'bench/stock/vite.config.ts', logLevel: 'warn' });
const ours = assetSizes('dist');
const stock = assetSizes('bench-results/stock');
results.sizes = { ours, stock };
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
console.log(
  'start JS: what loads before the deck answers the keyboard; all JS adds scenes, print layout and the rehearsal dialog, loaded after.',
);
console.log(
  `budget: start JS gzip < 90 KB (${ours.startJs.gzip < 90 * 1024 ? 'ok' : 'OVER'}), CSS gzip < 25 KB (${ours.css.gzip < 25 * 1024 ? 'ok' : 'OVER'})`,
);

// The ink's stroke library arrives only when ink is first drawn or shown: outside the start-up figure above.
const freehand = gzipSync(readFileSync('node_modules/perfect-freehand/dist/esm/index.mjs'), { level: 9 }).length;
results.perfectFreehandGzip = freehand;
console.log(`ink strokes (perfect-freehand, loaded when ink is first drawn or shown): ${kb(freehand)} KB gzip`);

const deckServer = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const stockServer = await preview({
  configFile: 'bench/stock/vite.config.ts',
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const urls = { deck: localUrl(deckServer), stock: localUrl(stockServer) };
  const times = await readyTimes(browser, urls, LOADS);
  const ratio = median(times.deck) / median(times.stock);
  results.ready = { loads: LOADS, deckMs: median(times.deck), stockMs: median(times.stock), ratio };
  console.log(`\nTime to reveal ready, median of ${LOADS} fresh loads (ms)`);
  table(
    ['', 'median', 'min', 'max'],
    Object.entries(times).map(([k, xs]) => [k, fixed(median(xs)), fixed(Math.min(...xs)), fixed(Math.max(...xs))]),
  );
  console.log(`ratio deck / stock: ${fixed(ratio, 2)} (budget <= 1.1: ${ratio <= 1.1 ? 'ok' : 'OVER'})`);

  for (const extra of (await import('./bench/extras.mjs')).default) {
    results[extra.name] = await extra.run({ browser, deckUrl: urls.deck });
  }
} finally {
  await browser.close();
  await deckServer.close();
  await stockServer.close();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
