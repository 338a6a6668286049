// The export itself, shared by `npm run handout`, the benchmark and the e2e test: serve dist/, open reveal's
// print view in Chromium, wait until the deck says its pages are final, print them.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { serveDist } from '../serve.mjs';

/**
 * @param {{ out: string, notes?: boolean, steps?: boolean, start?: string, end?: string }} options
 * @returns {Promise<{ pages: number, warnings: string[] }>}
 */
export async function exportHandout({ out, notes = false, steps = false, start, end }) {
  const query = new URLSearchParams({ 'print-pdf': '' });
  if (notes) query.set('notes', '');
  if (steps) query.set('steps', '');
  if (start) query.set('start', start);
  if (end) query.set('end', end);
  const server = await serveDist();
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    /** @type {string[]} */
    const warnings = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') warnings.push(msg.text());
    });
    page.on('pageerror', (error) => warnings.push(error.message));
    await page.goto(`${server.url}?${query.toString().replaceAll('=&', '&').replace(/=$/, '')}`);
    await page.waitForFunction(() => document.documentElement.dataset.handoutPages !== undefined, undefined, { timeout: 30_000 });
    const pages = Number(await page.evaluate(() => document.documentElement.dataset.handoutPages));
    const banner = await page.locator('[role="alert"]').allTextContents();
    warnings.push(...banner.filter((t) => t.trim()));
    await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
    return { pages, warnings };
  } finally {
    await browser.close();
    await server.close();
  }
}
