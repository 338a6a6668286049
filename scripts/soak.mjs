// `npm run soak [-- --seed N --actions N --every N --no-build]`: a seeded random walk through the built deck, as a
// careless lecturer would take it, counting console and page errors; every few actions on a scene slide, the
// scenes on screen are compared with a fresh load of the same URL, once both report their step drawn.
// Not part of `npm test`: it takes minutes. Exits non-zero on any error or mismatch.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveDist } from './serve.mjs';
import { deckReady, perform, slidesOf, urlShowsPosition, watch } from './soak/deck-page.mjs';
import { scenesOnScreen, viewDiff } from './soak/picture.mjs';
import { describe, nextAction, random, SIZES } from './soak/walk.mjs';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    actions: { type: 'string', default: '5000' },
    every: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
  },
});
const seed = Number(args.seed);
const actions = Number(args.actions);
const every = Number(args.every);
/** A walk that meets scenes too rarely proves little: one comparison per 50 actions at least. */
const minComparisons = Math.floor(actions / 50);
/** The longest animation runs ~1.9 s; a loaded machine stretches it. */
const DRAWN_TIMEOUT = 15_000;

const began = performance.now();
if (!args['no-build']) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const server = await serveDist();
const origin = new URL(server.url).origin;
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });

/** @type {string[]} */
const errors = [];
/** @type {string[]} */
const mismatches = [];
let comparisons = 0;
/** @type {string[]} */
const recent = [];
try {
  // One context: the fresh page shares the walked page's storage (agenda changes, rehearsals), as a reload would.
  const context = await browser.newContext({ viewport: SIZES[0] });
  const walked = await context.newPage();
  const fresh = await context.newPage();
  watch(walked, 'walked', origin, errors);
  watch(fresh, 'fresh', origin, errors);
  await walked.goto(server.url);
  await deckReady(walked);
  const deck = { slides: await slidesOf(walked) };
  const rnd = random(seed);
  const now = { reduced: false, size: SIZES[0] };
  let since = 0;

  /**
   * Waits for `fn` in `page`; on a timeout, says what was awaited and what the scenes on the slide showed.
   * @template T @param {import('@playwright/test').Page} page @param {string} what @param {() => T} fn
   */
  const waitFor = async (page, what, fn) => {
    try {
      return await page.waitForFunction(fn, null, { timeout: DRAWN_TIMEOUT }).then((h) => h.jsonValue());
    } catch (error) {
      const state = await page.evaluate(() => ({
        at: window.Reveal.getIndices(),
        hash: location.hash,
        // reveal 6 has isScrollView() at run time; its bundled types and src/platform/reveal.ts leave it out.
        scrollView: /** @type {{ isScrollView?: () => boolean }} */ (window.Reveal).isScrollView?.() ?? false,
        scenes: /** @type {HTMLElement[]} */ ([...(window.Reveal.getCurrentSlide()?.querySelectorAll('.scene[data-scene]') ?? [])]).map(
          (el) => `${el.dataset.scene} step ${el.dataset.step} drawn ${el.dataset.drawn}`,
        ),
      }));
      throw new Error(
        `${what} not within ${DRAWN_TIMEOUT} ms (${JSON.stringify(state)}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        { cause: error },
      );
    }
  };

  /** The walked page's scenes against a fresh load of its URL, both at rest. */
  const compare = async () => {
    await waitFor(walked, 'walked page: URL naming the step on screen', urlShowsPosition);
    const url = walked.url();
    const walkedView = await waitFor(walked, 'walked page: scenes drawn', scenesOnScreen);
    const where = await walked.evaluate(() => window.Reveal.getIndices());
    await fresh.setViewportSize(now.size);
    await fresh.emulateMedia({ reducedMotion: now.reduced ? 'reduce' : 'no-preference' });
    await fresh.goto('about:blank');
    await fresh.goto(url);
    await deckReady(fresh);
    const freshWhere = await fresh.evaluate(() => window.Reveal.getIndices());
    const freshView = await waitFor(fresh, 'fresh page: scenes drawn', scenesOnScreen);
    comparisons++;
    const diff = viewDiff(walkedView, freshView);
    if (JSON.stringify(where) !== JSON.stringify(freshWhere))
      diff.unshift(`position: walked ${JSON.stringify(where)}, fresh ${JSON.stringify(freshWhere)}`);
    if (diff.length > 0) {
      mismatches.push(url);
      console.log(
        `\nMISMATCH at ${url} (${now.size.width}x${now.size.height}, reduced motion ${now.reduced ? 'on' : 'off'}) after:\n  ${recent.join('\n  ')}`,
      );
      console.log(diff.join('\n'));
    }
  };

  for (let n = 1; n <= actions; n++) {
    const action = nextAction(rnd, deck, now);
    recent.push(`${n}: ${describe(action)}`);
    if (recent.length > 12) recent.shift();
    if (action.kind === 'resize') now.size = action.size;
    if (action.kind === 'motion') now.reduced = action.reduced;
    await perform(walked, action);
    since++;
    const onScene = await walked.evaluate(
      () => !window.Reveal.isOverview() && window.Reveal.getCurrentSlide()?.querySelector('.scene[data-scene]') != null,
    );
    if (onScene && since >= every) {
      since = 0;
      try {
        await compare();
      } catch (error) {
        errors.push(`comparison at ${walked.url()} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    if (n % 500 === 0)
      console.log(
        `${n} actions, ${errors.length} errors, ${comparisons} comparisons, ${mismatches.length} mismatches, ${((performance.now() - began) / 1000).toFixed(0)} s`,
      );
  }
} catch (error) {
  errors.push(`walk stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} after:\n  ${recent.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}

const seconds = (performance.now() - began) / 1000;
for (const error of errors.slice(0, 20)) console.log(`ERROR ${error}`);
if (errors.length > 20) console.log(`... and ${errors.length - 20} more errors`);
console.log(`\nsoak, seed ${seed}`);
console.log(`actions:     ${actions}`);
console.log(`errors:      ${errors.length}`);
console.log(`comparisons: ${comparisons}${comparisons < minComparisons ? ` (too few: at least ${minComparisons} wanted)` : ''}`);
console.log(`mismatches:  ${mismatches.length}`);
console.log(`time:        ${seconds.toFixed(0)} s`);
process.exit(errors.length > 0 || mismatches.length > 0 || comparisons < minComparisons ? 1 : 0);
