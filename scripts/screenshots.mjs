// Screenshots of every slide (all fragments shown) at 1280x720 into shots/, to look at before a release.
// Usage: npm run build && node scripts/screenshots.mjs [query] [outdir]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveDist } from './serve.mjs';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'shots';
mkdirSync(out, { recursive: true });
const server = await serveDist();
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.deckReady !== undefined);
  const slides = await page.evaluate(() => window.Reveal.getSlides().map((s) => window.Reveal.getIndices(s)));
  for (const [n, { h, v }] of slides.entries()) {
    await page.evaluate(([hh, vv]) => window.Reveal.slide(hh, vv, 99), [h, v ?? 0]);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${out}/${String(n + 1).padStart(2, '0')}-${h}-${v ?? 0}.png` });
  }
  console.log(`${slides.length} screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
