// Time to ready: the deck against a stock reveal.js page of the same slides, the student view against a blank page,
// each over fresh loads taken by turns in one run.
import { row, verdict } from './figures.mjs';
import { fixed, median, table } from './stats.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
/** The deck may take this much longer than stock reveal.js to be ready. */
const READY_RATIO = 1.1;

/**
 * Navigation start to a page's ready mark (the deck's `deck-ready`), over fresh page loads (a new browser context each, so
 * nothing is cached), alternating between the pages so that machine noise hits both alike.
 * @template {string} Name
 * @param {import('@playwright/test').Browser} browser
 * @param {Record<Name, string>} urls name -> page URL
 * @param {number} loads per page
 * @param {string} [mark] the performance mark each page sets when it is ready
 * @returns {Promise<Record<Name, number[]>>}
 */
export async function readyTimes(browser, urls, loads, mark = 'deck-ready') {
  const names = /** @type {Name[]} */ (Object.keys(urls));
  const times = /** @type {Record<Name, number[]>} */ (Object.fromEntries(names.map((k) => [k, /** @type {number[]} */ ([])])));
  for (let i = 0; i < loads; i++) {
    for (const name of names) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(urls[name]);
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
      times[name].push(await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN, mark));
      await context.close();
    }
  }
  return times;
}

/** @param {Record<string, number[]>} times @param {string} base the baseline's name */
function printTimes(times, base) {
  const baseMs = median(times[base] ?? []);
  table(
    ['', 'median', 'min', 'max', `ratio to ${base}`],
    Object.entries(times).map(([k, xs]) => [
      k,
      fixed(median(xs)),
      fixed(Math.min(...xs)),
      fixed(Math.max(...xs)),
      fixed(median(xs) / baseMs, 2),
    ]),
  );
}

/** The deck (and `BENCH_BEFORE`'s build) against stock reveal.js. @param {import('./extras.mjs').BenchContext} ctx */
async function runReady({ browser, deckUrl, stockUrl, beforeUrl }) {
  /** @type {Record<string, string>} */
  const pages = { deck: deckUrl, ...(beforeUrl ? { before: beforeUrl } : {}), stock: stockUrl };
  const times = await readyTimes(browser, pages, LOADS);
  console.log(`\nTime to reveal ready, median of ${String(LOADS)} fresh loads (ms)`);
  printTimes(times, 'stock');
  const stockMs = median(times.stock ?? []);
  const deckMs = median(times.deck ?? []);
  const beforeMs = times.before ? median(times.before) : undefined;
  console.log(
    `ratio deck / stock: ${fixed(deckMs / stockMs, 2)} (budget <= ${String(READY_RATIO)}: ${verdict(deckMs / stockMs, READY_RATIO)})`,
  );
  return { loads: LOADS, deckMs, stockMs, ratio: deckMs / stockMs, ...(beforeMs === undefined ? {} : { beforeMs }) };
}

/** @param {Awaited<ReturnType<typeof runReady>>} r */
function readyRows(r) {
  const before = r.beforeMs === undefined ? '' : ` (before: ${fixed(r.beforeMs)} ms, ${fixed(r.beforeMs / r.stockMs, 2)}x)`;
  return [
    row(
      `navigation to reveal's \`ready\`, median of ${String(r.loads)} fresh loads`,
      `${fixed(r.deckMs)} ms${before}`,
      `stock reveal.js: ${fixed(r.stockMs)} ms`,
      `ratio <= ${String(READY_RATIO)}`,
      `${verdict(r.ratio, READY_RATIO)}: ratio ${fixed(r.ratio, 2)}`,
    ),
  ];
}

/** The student view against a page that does nothing but say it is ready. @param {import('./extras.mjs').BenchContext} ctx */
async function runStudent({ browser, deckUrl, stockUrl }) {
  const times = await readyTimes(browser, { student: `${deckUrl}student.html`, blank: `${stockUrl}blank.html` }, LOADS, 'student-ready');
  console.log(`\nStudent view, navigation to drawn, median of ${String(LOADS)} fresh loads (ms)`);
  printTimes(times, 'blank');
  const studentMs = median(times.student);
  const blankMs = median(times.blank);
  return { loads: LOADS, studentMs, blankMs, ratio: studentMs / blankMs };
}

/** @param {Awaited<ReturnType<typeof runStudent>>} r */
function studentRows(r) {
  return [
    row(
      `student view: navigation to drawn (clock, agenda, tasks, pictures), median of ${String(r.loads)}`,
      `${fixed(r.studentMs)} ms`,
      `blank page: ${fixed(r.blankMs)} ms`,
      'none set',
      `ratio ${fixed(r.ratio, 2)}`,
    ),
  ];
}

export const ready = { name: 'ready', run: runReady, rows: readyRows };
export const student = { name: 'student', run: runStudent, rows: studentRows };
