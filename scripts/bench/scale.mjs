import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { exportHandout } from '../handout/export.mjs';
import { serveDist } from '../serve.mjs';
import { readyTimes } from './ready.mjs';
import { writeScaledDeck } from './scale-deck.mjs';
import { row, verdict } from './figures.mjs';
import { fixed, median, table } from './stats.mjs';

const FACTOR = 10;
const LOADS = Number(process.env.BENCH_SCALE_LOADS ?? 5);
/** Per-slide cost at 10x above this multiple of the 1x cost means growth worse than linear. */
const NON_LINEAR = 1.5;

/** Builds the slides under `slidesRoot` into `outDir` with the deck's own build; seconds taken. @param {string} slidesRoot @param {string} outDir */
async function timedBuild(slidesRoot, outDir) {
  process.env.SCALE_SLIDES_ROOT = slidesRoot;
  process.env.SCALE_OUT_DIR = outDir;
  const t = performance.now();
  await build({ configFile: 'bench/scale/vite.config.ts', logLevel: 'error' });
  return (performance.now() - t) / 1000;
}

/** @typedef {{ slides: number, buildS: number, readyMs: number, exportS: number, pages: number, warnings: number }} ScaleFigures */

/**
 * One deck's figures: its build, time to ready over fresh loads, and its handout export.
 * @param {import('@playwright/test').Browser} browser @param {string} name @param {string} slidesRoot @param {string} work where its build and PDF go
 * @returns {Promise<ScaleFigures>}
 */
async function measure(browser, name, slidesRoot, work) {
  const outDir = join(work, `dist-${name}`);
  const buildS = await timedBuild(slidesRoot, outDir);
  const slides = (readFileSync(join(outDir, 'index.html'), 'utf8').match(/<section[\s>]/g) ?? []).length;
  const server = await serveDist(outDir);
  let readyMs;
  try {
    readyMs = median((await readyTimes(browser, { deck: server.url }, LOADS)).deck);
  } finally {
    await server.close();
  }
  const t = performance.now();
  // A deck ten times larger lays out ten times as many pages: the default 30 s wait is for the real deck.
  const printed = await exportHandout({ out: join(work, `${name}.pdf`), dir: outDir, timeout: 300_000 });
  const exportS = (performance.now() - t) / 1000;
  const pages = printed.pages;
  console.log(
    `scale ${name}: ${slides} slides built in ${fixed(buildS, 2)} s, ready in ${fixed(readyMs, 0)} ms, ${pages} pages exported in ${fixed(exportS, 2)} s`,
  );
  for (const warning of printed.warnings) console.log(`  export warning: ${warning.slice(0, 200)}`);
  return { slides, buildS, readyMs, exportS, pages, warnings: printed.warnings.length };
}

/**
 * The lecture at 1x and at 10x (every slide file copied ten times, scenes, tasks and countdowns included): build
 * time, time to reveal's ready, and handout export time and pages, each also per slide. A per-slide cost at 10x
 * more than 1.5 times the 1x one is flagged: something grows faster than the deck.
 * @param {{ browser: import('@playwright/test').Browser }} ctx
 */
async function run({ browser }) {
  const work = mkdtempSync(join(tmpdir(), 'deck-scale-'));
  try {
    writeScaledDeck('slides', work, FACTOR);
    const one = await measure(browser, '1x', resolve('.'), work);
    const big = await measure(browser, `${FACTOR}x`, work, work);
    /** @param {'buildS' | 'readyMs' | 'exportS'} key */
    const growth = (key) => big[key] / big.slides / (one[key] / one.slides);
    console.log(`\nScale: the lecture and a generated deck ${FACTOR}x its size (ready: median of ${LOADS} fresh loads)`);
    /** @param {string} name @param {ScaleFigures} d */
    const row = (name, d) => [name, d.slides, fixed(d.buildS, 2), fixed(d.readyMs, 0), fixed(d.exportS, 2), d.pages, d.warnings];
    table(['deck', 'slides', 'build s', 'ready ms', 'export s', 'pages', 'export warnings'], [row('1x', one), row(`${FACTOR}x`, big)]);
    const rows = /** @type {const} */ (['buildS', 'readyMs', 'exportS']).map((key) => {
      const g = growth(key);
      return [
        key,
        fixed((one[key] / one.slides) * (key === 'readyMs' ? 1 : 1000), 1),
        fixed((big[key] / big.slides) * (key === 'readyMs' ? 1 : 1000), 1),
        fixed(g, 2),
        g > NON_LINEAR ? 'NON-LINEAR' : 'ok',
      ];
    });
    console.log(`\nPer slide (ms): growth = per-slide cost at ${FACTOR}x / at 1x; above ${NON_LINEAR} is flagged`);
    table(['', '1x', `${FACTOR}x`, 'growth', ''], rows);
    return { factor: FACTOR, '1x': one, [`${FACTOR}x`]: big, growth: Object.fromEntries(rows.map((r) => [r[0], Number(r[3])])) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {Awaited<ReturnType<typeof run>>} result */
function rows(result) {
  const one = /** @type {ScaleFigures} */ (result['1x']);
  const big = /** @type {ScaleFigures} */ (result[`${FACTOR}x`]);
  const growth = /** @type {Record<string, number>} */ (result.growth);
  const worst = Math.max(...Object.values(growth));
  return [
    row(
      `the lecture ${FACTOR}x over (${big.slides} slides): build, ready (median of ${LOADS}), handout`,
      `${fixed(big.buildS, 1)} s, ${fixed(big.readyMs, 0)} ms, ${fixed(big.exportS, 1)} s (${big.pages} pages)`,
      `1x (${one.slides} slides): ${fixed(one.buildS, 1)} s, ${fixed(one.readyMs, 0)} ms, ${fixed(one.exportS, 1)} s`,
      `per-slide growth <= ${NON_LINEAR}`,
      `${verdict(worst, NON_LINEAR)}: worst growth ${fixed(worst, 2)}`,
    ),
  ];
}

export default { name: 'scale', run, rows };

// On its own: `node scripts/bench/scale.mjs` (from the project root) runs only this part of the bench.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    await run({ browser });
  } finally {
    await browser.close();
  }
}
