import { row, verdict } from './figures.mjs';
import { fixed, quantile, table } from './stats.mjs';

const THROTTLE = 4;
const STEP_MS = 1200;

/**
 * Frame intervals while each scene's transitions play, stepping forward through every step, with the CPU
 * throttled 4x (headless Chromium paints at a steady 60 Hz otherwise). Baseline: the same slide left idle for
 * as long, under the same throttling. Long tasks are counted by the browser's longtask observer. With `speaker`,
 * reveal's speaker view is open first: its two copies of the deck run on the same thread.
 * @param {import('@playwright/test').Browser} browser @param {string} deckUrl @param {boolean} speaker
 */
async function sceneFrames(browser, deckUrl, speaker) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(deckUrl);
  await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.deckReady !== undefined);
  if (speaker) {
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForFunction(() => document.querySelectorAll('iframe').length >= 2);
    await page.waitForTimeout(3000);
    await page.bringToFront();
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const scenes = await page.evaluate(() =>
    window.Reveal.getSlides()
      .filter((s) => s.querySelector('.scene'))
      .map((s) => ({
        ...window.Reveal.getIndices(s),
        id: s.querySelector('.scene')?.getAttribute('data-scene') ?? '?',
        steps: s.querySelectorAll('.scene-step').length,
      })),
  );
  const rows = [];
  /** @type {Record<string, { moving: FrameStats, idle: FrameStats }>} */
  const results = {};
  for (const scene of scenes) {
    await page.evaluate(({ h, v }) => window.Reveal.slide(h, v, -1), scene);
    await page.waitForTimeout(800);
    const idle = await record(page, scene.steps * STEP_MS, async () => {});
    const moving = await record(page, scene.steps * STEP_MS, async () => {
      for (let i = 0; i < scene.steps; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(STEP_MS);
      }
    });
    results[scene.id] = { moving, idle };
    rows.push([
      scene.id,
      fixed(moving.p50),
      fixed(moving.p95),
      fixed(moving.max),
      moving.longTasks,
      fixed(moving.longestTask),
      fixed(idle.p95),
      fixed(idle.max),
    ]);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  console.log(
    `\nScene transitions${speaker ? ', speaker view open' : ''}, frame interval in ms (CPU throttled ${THROTTLE}x; budget p95 <= 16.8 ms, one frame; no long task > 50 ms)`,
  );
  table(['scene', 'p50', 'p95', 'max', 'long tasks', 'longest', 'idle p95', 'idle max'], rows);
  const worst = Math.max(...Object.values(results).map((r) => r.moving.p95));
  console.log(`worst p95: ${fixed(worst)} ms (${verdict(worst, P95_BUDGET)})`);
  return results;
}

const P95_BUDGET = 16.8;

/** @param {import('./extras.mjs').BenchContext} ctx */
async function run({ browser, deckUrl }) {
  return { alone: await sceneFrames(browser, deckUrl, false), speaker: await sceneFrames(browser, deckUrl, true) };
}

/** @param {Awaited<ReturnType<typeof run>>} result */
function rows(result) {
  /** @param {Record<string, { moving: FrameStats, idle: FrameStats }>} r @param {string} label */
  const one = (r, label) => {
    const moving = Object.values(r).map((x) => x.moving);
    const p95s = moving.map((m) => m.p95);
    const worst = Math.max(...p95s);
    const longest = Math.max(...moving.map((m) => m.longestTask));
    const longTasks = moving.reduce((n, m) => n + m.longTasks, 0);
    const idle = Math.max(...Object.values(r).map((x) => x.idle.p95));
    return row(
      `scene transitions${label}, frame interval p95, CPU throttled 4x (${moving.length} scenes, every step)`,
      `${fixed(Math.min(...p95s))}–${fixed(worst)} ms; ${longTasks} long tasks, longest ${fixed(longest, 0)} ms`,
      `same slides idle: p95 up to ${fixed(idle)} ms`,
      `p95 <= ${P95_BUDGET} ms`,
      verdict(worst, P95_BUDGET),
    );
  };
  return [one(result.alone, ''), one(result.speaker, ', speaker view open')];
}

/** @typedef {Awaited<ReturnType<typeof record>>} FrameStats */
/** What `record` keeps on the page's window between its two visits. @typedef {{ __frames: number[], __long: number[], __observer: PerformanceObserver, __raf: number }} Recorder */

/**
 * Frame intervals and long tasks while `act` runs, measured inside the page.
 * @param {import('@playwright/test').Page} page @param {number} ms @param {() => Promise<void>} act
 */
async function record(page, ms, act) {
  await page.evaluate(() => {
    const w = /** @type {typeof window & Recorder} */ (window);
    w.__frames = [];
    w.__long = [];
    w.__observer = new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => e.duration)));
    w.__observer.observe({ type: 'longtask' });
    let last = performance.now();
    /** @param {number} t */
    const tick = (t) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__frames !== null) w.__raf = requestAnimationFrame(tick);
    };
    w.__raf = requestAnimationFrame(tick);
  });
  const started = Date.now();
  await act();
  const left = ms - (Date.now() - started);
  if (left > 0) await page.waitForTimeout(left);
  const { frames, long } = await page.evaluate(() => {
    const w = /** @type {typeof window & Recorder} */ (window);
    cancelAnimationFrame(w.__raf);
    w.__observer.disconnect();
    return { frames: w.__frames.slice(1), long: w.__long };
  });
  return {
    p50: quantile(frames, 0.5),
    p95: quantile(frames, 0.95),
    max: Math.max(...frames),
    longTasks: long.length,
    longestTask: long.length ? Math.max(...long) : 0,
  };
}

export default { name: 'frames', run, rows };
