// The walked page and the fresh page: opening the deck, doing one action, watching for errors.

/** @param {import('@playwright/test').Page} page */
export async function deckReady(page) {
  await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.deckReady !== undefined, null, {
    timeout: 30_000,
  });
}

/**
 * Counts what must never happen: console errors and warnings, uncaught page errors, requests that leave the
 * deck's origin. Each is kept with the page's name and URL, to be printed.
 * @param {import('@playwright/test').Page} page @param {string} name @param {string} origin @param {string[]} errors
 */
export function watch(page, name, origin, errors) {
  const at = () => page.url().replace(origin, '');
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`${name} ${at()}: console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${name} ${at()}: page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) errors.push(`${name}: request left the origin: ${url}`);
  });
}

/**
 * In the page: whether the URL names the position on screen. Reveal rewrites the URL at most once a second
 * (`replaceState` is rate-limited), so right after a key press the URL may still name the step before.
 */
export function urlShowsPosition() {
  const [h = 0, v = 0, f] = location.hash
    .replace(/^#\//, '')
    .split('/')
    .map((n) => Number.parseInt(n, 10) || 0);
  const at = window.Reveal.getIndices();
  return at.h === h && (at.v ?? 0) === v && (at.f ?? -1) === (f ?? -1);
}

/**
 * Every slide in reveal's order, with its step count and whether it places a scene.
 * @param {import('@playwright/test').Page} page @returns {Promise<import('./walk.mjs').Slide[]>}
 */
export function slidesOf(page) {
  return page.evaluate(() =>
    window.Reveal.getSlides().map((slide) => {
      const { h, v } = window.Reveal.getIndices(slide);
      const steps = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index'))).size;
      return { h, v: v ?? 0, steps, scene: slide.querySelector('.scene[data-scene]') !== null };
    }),
  );
}

/**
 * Does one action of the walk. The rehearsal dialog opens from a chunk loaded on demand, so Escape waits for it
 * to be open, as a lecturer's eyes would.
 * @param {import('@playwright/test').Page} page @param {import('./walk.mjs').Action} action
 */
export async function perform(page, action) {
  switch (action.kind) {
    case 'key':
      await page.keyboard.press(action.key);
      return;
    case 'rehearsal':
      await page.keyboard.press('r');
      await page.waitForFunction(() => document.querySelector('dialog[open]') !== null, null, { timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('dialog[open]') === null, null, { timeout: 10_000 });
      return;
    case 'hash':
      await page.evaluate((hash) => {
        location.hash = hash;
      }, action.hash);
      return;
    case 'resize':
      await resize(page, action.size);
      return;
    case 'motion':
      await page.emulateMedia({ reducedMotion: action.reduced ? 'reduce' : 'no-preference' });
      return;
    case 'reload':
      await page.reload();
      await deckReady(page);
      return;
    default:
      throw new Error(`unknown action ${JSON.stringify(action)}`);
  }
}

/** The page's window while a resize is awaited. @typedef {typeof window & { __soakResized?: Promise<boolean> }} ResizeWindow */

/**
 * Resizes the window and returns once the page has handled it. Chromium fires `resize` at its next rendering
 * step, not when the new size is set: a view read in between shows the layout (the scale) of the old size, which
 * is what no person sees and what the soak once counted as a mismatch.
 * @param {import('@playwright/test').Page} page @param {import('./walk.mjs').Size} size
 */
async function resize(page, size) {
  const changes = await page.evaluate(({ width, height }) => {
    if (innerWidth === width && innerHeight === height) return false;
    /** @type {ResizeWindow} */ (window).__soakResized = new Promise((resolve) => {
      addEventListener('resize', () => requestAnimationFrame(() => resolve(true)), { once: true });
    });
    return true;
  }, size);
  await page.setViewportSize(size);
  if (changes) await page.evaluate(() => /** @type {ResizeWindow} */ (window).__soakResized);
}
