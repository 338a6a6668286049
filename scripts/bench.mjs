// `npm run bench`: figures for the built deck beside a baseline measured in the same run. Not a test: it
// prints numbers and the budgets they are held to, and writes them to bench-results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { readyTimes } from './bench/ready.mjs';
import { assetSizes } from './bench/sizes.mjs';
import { fixed, median, table } from './bench/stats.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const kb = (bytes) => fixed(bytes / 1024);
const results = {};

await build({ configFile: 'bench/stock/vite.config.ts', logLevel: 'warn' });
const ours = assetSizes('dist');
const stock = assetSizes('bench-results/stock');
results.sizes = { ours, stock };
console.log('\nBuilt size, KB (gzip level 9)');
table(
  ['', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip'],
  [
    ['deck', kb(ours.js.raw), kb(ours.js.gzip), kb(ours.css.raw), kb(ours.css.gzip)],
    ['stock reveal.js, same slides', kb(stock.js.raw), kb(stock.js.gzip), kb(stock.css.raw), kb(stock.css.gzip)],
  ],
);
console.log(`budget: JS gzip < 90 KB (${ours.js.gzip < 90 * 1024 ? 'ok' : 'OVER'}), CSS gzip < 25 KB (${ours.css.gzip < 25 * 1024 ? 'ok' : 'OVER'})`);

const deckServer = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const stockServer = await preview({ configFile: 'bench/stock/vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const urls = { deck: deckServer.resolvedUrls.local[0], stock: stockServer.resolvedUrls.local[0] };
  const times = await readyTimes(browser, urls, LOADS);
  const ratio = median(times.deck) / median(times.stock);
  results.ready = { loads: LOADS, deckMs: median(times.deck), stockMs: median(times.stock), ratio };
  console.log(`\nTime to reveal ready, median of ${LOADS} fresh loads (ms)`);
  table(['', 'median', 'min', 'max'], Object.entries(times).map(([k, xs]) => [k, fixed(median(xs)), fixed(Math.min(...xs)), fixed(Math.max(...xs))]));
  console.log(`ratio deck / stock: ${fixed(ratio, 2)} (budget < 1.2: ${ratio < 1.2 ? 'ok' : 'OVER'})`);

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
