// The export itself, shared by `npm run handout`, the benchmark and the e2e test: serve dist/, open reveal's
// print view in Chromium, wait until the deck says its pages are final, print them.
import { chromium } from '@playwright/test';
import { writeFileAtomic } from '../atomic-write.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { serveDist } from '../serve.mjs';

/** @typedef {typeof import('./export.d.mts').exportHandout} ExportHandout (its contract, documented there) */

/**
 * @param {Parameters<ExportHandout>[0]} options
 * @returns {ReturnType<ExportHandout>}
 */
export async function exportHandout({
  out,
  notes = false,
  steps = false,
  perPage = 1,
  start,
  end,
  breaks = [],
  date,
  ink,
  paper,
  dir,
  timeout = 30_000,
  tagged = true,
  refuseWarnings = false,
}) {
  const query = new URLSearchParams({ 'print-pdf': '' });
  if (notes) query.set('notes', '');
  if (steps) query.set('steps', '');
  if (perPage !== 1) query.set('per-page', String(perPage));
  if (start) query.set('start', start);
  if (end) query.set('end', end);
  for (const range of breaks) query.append('break', range);
  if (date) query.set('date', date);
  if (paper) query.set('paper', paper);
  const server = await serveDist(dir);
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
    if (ink !== undefined) await page.addInitScript((text) => (window.handoutInk = text), ink);
    await page.goto(`${server.url}?${query.toString().replaceAll('=&', '&').replace(/=$/, '')}`);
    // A deck that never starts (a broken or half-copied dist/) is said in seconds, not after the layout's wait.
    await page
      .waitForFunction(() => document.documentElement.dataset.deckStarted !== undefined, undefined, { timeout: 10_000 })
      .catch(() => {
        throw new Error(`the built deck in ${dir ?? 'dist/'} does not start${pageErrors(warnings)}: run npm run build again`);
      });
    await page
      .waitForFunction(
        () => document.documentElement.dataset.handoutPages !== undefined || document.documentElement.dataset.inkRefused !== undefined,
        undefined,
        { timeout },
      )
      .catch(() => {
        throw new Error(
          `the print view did not finish in ${timeout / 1000} s${pageErrors(warnings)}: open dist/index.html?print-pdf to see why`,
        );
      });
    if (ink !== undefined) {
      await page.waitForFunction(
        () => document.documentElement.dataset.inkDrawn !== undefined || document.documentElement.dataset.inkRefused !== undefined,
        undefined,
        { timeout },
      );
      const refused = await page.evaluate(() => document.documentElement.dataset.inkRefused);
      if (refused !== undefined) throw new Error(refused);
    }
    const pages = Number(await page.evaluate(() => document.documentElement.dataset.handoutPages));
    // The banner's items, not its text: that would glue its heading and its Dismiss button to the warnings.
    const banner = await page.locator('[role="alert"] li').allTextContents();
    warnings.push(...banner.map((t) => t.trim()).filter(Boolean));
    if (refuseWarnings && warnings.length > 0) throw new Error(`the deck warned, so nothing was printed: ${warnings.join('; ')}`);
    const { sheets, layout, textPx } = await page.evaluate(printedLayout);
    // Tagged: headings, paragraphs, lists and the scenes' alt text reach a screen reader; Chromium builds the
    // outline (a bookmark per heading, so per section and slide) only from a tagged document.
    await writeFileAtomic(out, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged, outline: tagged }));
    return { pages, warnings, sheets, layout, textPx };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The page's own errors, for a message about a deck that failed. @param {readonly string[]} warnings */
const pageErrors = (warnings) => (warnings.length > 0 ? ` (the page said: ${warnings[0]?.slice(0, 200) ?? ''})` : '');

/**
 * Runs in the print view, before printing: which slide (and scene step) each sheet prints, and any slide that
 * reaches outside its page or into its notes, measured from the laid-out boxes; and the smallest printed size of
 * the slides' running text (list items and paragraphs, task sheets aside), in CSS pixels on paper.
 */
function printedLayout() {
  const sheets = [...document.querySelectorAll('.reveal .slides > .handout-sheet')];
  /** @type {string[]} */
  const layout = [];
  /** @param {Element} element */
  const boxOf = (element) => element.getBoundingClientRect();
  /** @param {DOMRect} a @param {DOMRect} b */
  const inside = (a, b) => a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.left >= b.left - 1 && a.right <= b.right + 1;
  const map = sheets.map((sheet, i) => {
    const printed = [];
    for (const section of /** @type {NodeListOf<HTMLElement>} */ (sheet.querySelectorAll('section[data-handout-slide]'))) {
      const slide = Number(section.dataset.handoutSlide);
      const scene = /** @type {HTMLElement | null} */ (section.querySelector('.scene[data-step]'));
      printed.push({ slide, step: scene ? Number(scene.dataset.step) : -1 });
      const page = section.closest('.pdf-page');
      if (!page) throw new Error(`sheet ${i + 1}, slide ${slide}: printed outside any .pdf-page`);
      // The slide's content, not the section, whose box reveal stretches to the slide's full height.
      const content = [...section.children].filter((c) => !c.matches('aside, .scene-step'));
      const pageBox = boxOf(page);
      for (const child of content) {
        if (!inside(boxOf(child), pageBox))
          layout.push(`sheet ${i + 1}, slide ${slide}: ${child.tagName.toLowerCase()}.${child.className} lies outside its page`);
      }
      const notes = page.querySelector(':scope > .speaker-notes-pdf');
      if (notes) {
        const notesBox = boxOf(notes);
        for (const child of content) {
          if (boxOf(child).bottom > notesBox.top)
            layout.push(`sheet ${i + 1}, slide ${slide}: ${child.tagName.toLowerCase()}.${child.className} overlaps the notes`);
        }
        if (notes.scrollHeight > notes.clientHeight + 1) layout.push(`sheet ${i + 1}, slide ${slide}: the notes are cut off`);
      }
    }
    return printed;
  });
  let textPx = Infinity;
  for (const text of document.querySelectorAll('.handout-sheet section[data-handout-slide] :is(li, p)')) {
    if (text.closest('.task, .scene, aside, .speaker-notes-pdf') || !text.textContent.trim()) continue;
    const page = /** @type {HTMLElement | null} */ (text.closest('.pdf-page'));
    if (!page) throw new Error(`printed text outside any .pdf-page: ${text.textContent.slice(0, 60)}`);
    const scale = page.getBoundingClientRect().height / page.offsetHeight;
    textPx = Math.min(textPx, Number.parseFloat(getComputedStyle(text).fontSize) * scale);
  }
  return { sheets: map, layout, textPx };
}
