import { noneOverVerdict, row } from './figures.mjs';
import { fixed, median, table } from './stats.mjs';

const THROTTLE = 4;
/** A long animation frame, as the budget counts it. */
const LONG_MS = 50;
/** Time left between key presses: a scene step's animation (600 ms) mostly ends before the next press. */
const GAP_MS = Number(process.env.BENCH_KEY_GAP ?? 600);
/** The browser's own counters, summed over the walk (Performance.getMetrics; durations in seconds). */
const METRICS = ['LayoutDuration', 'RecalcStyleDuration', 'LayoutCount'];

/**
 * Installed in every frame (the deck, the speaker view and its two copies of the deck): long animation frames
 * with the scripts that ran in them.
 */
function observeLongFrames() {
  const w = /** @type {typeof window & { __longFrames: unknown[] }} */ (window);
  w.__longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const frame = /** @type {PerformanceEntry & { blockingDuration: number, scripts: any[], styleAndLayoutStart: number }} */ (e);
        w.__longFrames.push({
          at: frame.startTime,
          ms: frame.duration,
          styleAndLayoutMs: frame.styleAndLayoutStart ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0,
          scripts: frame.scripts.map((s) => ({
            invoker: String(s.invoker),
            source: String(s.sourceURL ?? '')
              .split('/')
              .pop(),
            fn: String(s.sourceFunctionName ?? ''),
            ms: s.duration,
            forcedLayoutMs: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without the long-animation-frame entry: the walk reports no frames, the CPU time still counts.
  }
}

/** @typedef {{ invoker: string, source: string, fn: string, ms: number, forcedLayoutMs: number }} FrameScript */
/** @typedef {{ at: number, ms: number, styleAndLayoutMs: number, scripts: FrameScript[] }} LongFrame */

/**
 * What ran in a long frame, in words: the longest script (its chunk without the build's hash, its function and
 * what called it), or the browser's own rendering when no script took a tenth of the frame.
 * @param {LongFrame} frame
 */
export function causeOf(frame) {
  const script = [...frame.scripts].sort((a, b) => b.ms - a.ms)[0];
  if (!script || script.ms < frame.ms / 10) return `rendering only (style and layout ${fixed(frame.styleAndLayoutMs, 0)} ms of it)`;
  const chunk = script.source.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  const invoker = script.invoker.replace(/^#document\./, 'document ').replace(/^TimerHandler:/, '');
  return `${invoker} -> ${chunk || '?'}${script.fn ? ` ${script.fn}` : ''}`;
}

/**
 * Walks a deck from its first slide to its last, one key press at a time (every slide and every step), with the
 * CPU throttled 4x, and optionally with reveal's speaker view open (two more copies of the deck in iframes).
 * @param {import('@playwright/test').Browser} browser @param {string} url @param {{ speaker?: boolean }} [options]
 */
export async function walkDeck(browser, url, { speaker = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(observeLongFrames);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.Reveal?.isReady());
  // The deck's features attach after `ready` (a stock page has none): let them settle before the walk.
  await page.waitForTimeout(1500);
  /** @type {import('@playwright/test').Page | undefined} */
  let popup;
  if (speaker) {
    [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForLoadState('load');
    await popup.waitForFunction(() => document.querySelectorAll('iframe').length >= 2);
    await page.waitForTimeout(3000);
    await page.bringToFront();
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const frames = () => [page, ...(popup ? popup.frames() : [])];
  /** Empties a frame's record of long frames: the walk counts only its own. */
  const forget = () => {
    /** @type {any} */ (window).__longFrames = [];
  };
  for (const frame of frames()) await frame.evaluate(forget).catch(() => {});
  const before = await metrics(cdp);
  let presses = 0;
  for (; presses < 1000; presses++) {
    const last = await page.evaluate(() => window.Reveal.isLastSlide() && !window.Reveal.availableFragments().next);
    if (last) break;
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(GAP_MS);
  }
  await page.waitForTimeout(1000);
  const after = await metrics(cdp);
  /** @type {LongFrame[]} */
  const deckFrames = await page.evaluate(() => /** @type {any} */ (window).__longFrames);
  /** @type {LongFrame[]} */
  const speakerFrames = [];
  for (const frame of popup ? popup.frames() : []) {
    speakerFrames.push(...(await frame.evaluate(() => /** @type {any} */ (window).__longFrames ?? []).catch(() => [])));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  const long = deckFrames.filter((f) => f.ms > LONG_MS);
  /** @param {string} name */
  const per = (name) => (after[name] ?? NaN) - (before[name] ?? NaN);
  return {
    presses,
    /** Style and layout work per key press: what the scene CSS and the slides' content cost the browser. */
    styleMsPerPress: (per('RecalcStyleDuration') * 1000) / Math.max(1, presses),
    layoutMsPerPress: (per('LayoutDuration') * 1000) / Math.max(1, presses),
    layoutsPerPress: per('LayoutCount') / Math.max(1, presses),
    longFrames: long.length,
    longestMs: Math.max(0, ...deckFrames.map((f) => f.ms)),
    speakerLongFrames: speakerFrames.filter((f) => f.ms > LONG_MS).length,
    causes: countCauses([...long, ...speakerFrames.filter((f) => f.ms > LONG_MS)]),
  };
}

/** @param {import('@playwright/test').CDPSession} cdp @returns {Promise<Record<string, number>>} */
async function metrics(cdp) {
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(all.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
}

/** @param {LongFrame[]} frames @returns {Record<string, { count: number, ms: number }>} */
function countCauses(frames) {
  /** @type {Record<string, { count: number, ms: number }>} */
  const out = {};
  for (const frame of frames) {
    const cause = causeOf(frame);
    out[cause] ??= { count: 0, ms: 0 };
    out[cause].count++;
    out[cause].ms += frame.ms;
  }
  return out;
}

/** @typedef {Awaited<ReturnType<typeof walkDeck>>} Walk */

/**
 * Every key press through the deck at 4x throttle, ours against a stock reveal.js page of the same slides (and
 * against an earlier build when `BENCH_BEFORE` names one), alternating, `BENCH_KEY_RUNS` times; then ours with
 * the speaker view open. Long animation frames are counted with what ran in them; a loaded machine stretches
 * every frame, so compare the pages of one run, not runs.
 * @param {import('./extras.mjs').BenchContext} ctx
 */
async function run({ browser, deckUrl, stockUrl, beforeUrl }) {
  const runs = Number(process.env.BENCH_KEY_RUNS ?? 2);
  /** @type {Record<string, string>} */
  const pages = { deck: deckUrl, ...(beforeUrl ? { before: beforeUrl } : {}), ...(stockUrl ? { stock: stockUrl } : {}) };
  /** @type {Record<string, Walk[]>} */
  const walks = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) (walks[name] ??= []).push(await walkDeck(browser, url));
    (walks['deck + speaker view'] ??= []).push(await walkDeck(browser, deckUrl, { speaker: true }));
    if (beforeUrl) (walks['before + speaker view'] ??= []).push(await walkDeck(browser, beforeUrl, { speaker: true }));
  }
  /** @param {Walk[]} ws @param {(w: Walk) => number} f */
  const med = (ws, f) => median(ws.map(f));
  console.log(
    `\nKey presses through the whole deck, CPU throttled ${THROTTLE}x, ${runs} walks each (medians; budget: no frame over ${LONG_MS} ms)`,
  );
  table(
    [
      'page',
      'presses',
      `frames > ${LONG_MS} ms`,
      'longest ms',
      'speaker-view frames > 50',
      'style ms/press',
      'layout ms/press',
      'layouts/press',
      'each walk (frames > 50: page + speaker view)',
    ],
    Object.entries(walks).map(([name, ws]) => [
      name,
      ws[0]?.presses ?? 0,
      fixed(
        med(ws, (w) => w.longFrames),
        0,
      ),
      fixed(
        med(ws, (w) => w.longestMs),
        0,
      ),
      fixed(
        med(ws, (w) => w.speakerLongFrames),
        0,
      ),
      fixed(med(ws, (w) => w.styleMsPerPress)),
      fixed(med(ws, (w) => w.layoutMsPerPress)),
      fixed(
        med(ws, (w) => w.layoutsPerPress),
        2,
      ),
      // The medians hide how far one walk lies from the next on a shared machine: every walk, in order.
      ws.map((w) => `${String(w.longFrames)} + ${String(w.speakerLongFrames)}`).join(', '),
    ]),
  );
  for (const [name, ws] of Object.entries(walks)) {
    /** @type {Record<string, { count: number, ms: number }>} */
    const all = {};
    for (const w of ws)
      for (const [cause, c] of Object.entries(w.causes)) {
        all[cause] ??= { count: 0, ms: 0 };
        all[cause].count += c.count;
        all[cause].ms += c.ms;
      }
    const top = Object.entries(all)
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, 6);
    if (top.length === 0) continue;
    console.log(`  ${name}: what ran in the frames over ${LONG_MS} ms (all ${ws.length} walks)`);
    for (const [cause, c] of top) console.log(`    ${String(c.count).padStart(4)} x, mean ${fixed(c.ms / c.count, 0)} ms: ${cause}`);
  }
  return Object.fromEntries(
    Object.entries(walks).map(([name, ws]) => [
      name,
      {
        presses: ws[0]?.presses ?? 0,
        longFrames: med(ws, (w) => w.longFrames),
        longestMs: med(ws, (w) => w.longestMs),
        speakerLongFrames: med(ws, (w) => w.speakerLongFrames),
        styleMsPerPress: med(ws, (w) => w.styleMsPerPress),
        layoutMsPerPress: med(ws, (w) => w.layoutMsPerPress),
        layoutsPerPress: med(ws, (w) => w.layoutsPerPress),
      },
    ]),
  );
}

/** @param {Awaited<ReturnType<typeof run>>} result */
function rows(result) {
  const stock = result.stock;
  const before = result.before;
  /** @param {string} name @param {string} label */
  const one = (name, label) => {
    const r = result[name];
    if (!r) return [];
    const beforeNote =
      name === 'deck' && before
        ? `; before: ${fixed(before.longFrames, 0)} frames, ${fixed(before.styleMsPerPress + before.layoutMsPerPress)} ms style+layout`
        : '';
    const speakerBefore = result['before + speaker view'];
    const speakerNote =
      name !== 'deck' && speakerBefore
        ? `; before: ${fixed(speakerBefore.longFrames, 0)} + ${fixed(speakerBefore.speakerLongFrames, 0)} frames`
        : '';
    return [
      row(
        `every key press through the deck (${r.presses}), CPU throttled 4x${label}: animation frames over ${LONG_MS} ms`,
        `${fixed(r.longFrames, 0)} frames${name === 'deck' ? '' : ` (+ ${fixed(r.speakerLongFrames, 0)} in the speaker view)`}, longest ${fixed(r.longestMs, 0)} ms; ${fixed(r.styleMsPerPress + r.layoutMsPerPress)} ms style+layout per press (${fixed(r.layoutsPerPress, 1)} layouts)${beforeNote}${speakerNote}`,
        stock
          ? `stock reveal.js: ${fixed(stock.longFrames, 0)} frames, longest ${fixed(stock.longestMs, 0)} ms; ${fixed(stock.styleMsPerPress + stock.layoutMsPerPress)} ms style+layout (${fixed(stock.layoutsPerPress, 1)} layouts)`
          : '',
        `no frame over ${LONG_MS} ms`,
        noneOverVerdict(r.longFrames + r.speakerLongFrames, r.longestMs, LONG_MS, ' frames'),
      ),
    ];
  };
  return [...one('deck', ''), ...one('deck + speaker view', ', speaker view open')];
}

export default { name: 'keys', run, rows };
