import type { CDPSession, Page } from '@playwright/test';
import { expect, openDeck, test } from './fixtures';

/** The listeners on window and document, by type, as the DevTools protocol lists them. */
async function listeners(cdp: CDPSession): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId ?? '' });
    for (const { type } of found) counts[`${target}:${type}`] = (counts[`${target}:${type}`] ?? 0) + 1;
  }
  return counts;
}

/** The features' ids, in the entry's order, as the deck attached them. */
const featureIds = (page: Page) => page.evaluate(() => window.deckFeatures?.features.map((f) => f.id) ?? []);

async function detach(page: Page, id?: string) {
  await page.evaluate((only) => {
    for (const feature of [...(window.deckFeatures?.features ?? [])].reverse())
      if (only === undefined || feature.id === only) feature.destroy();
  }, id);
}

async function attach(page: Page, id?: string) {
  await page.evaluate((only) => {
    const found = window.deckFeatures;
    if (!found) throw new Error('the entry lists no features');
    for (const feature of found.features) if (only === undefined || feature.id === only) feature.init(window.Reveal, found.context);
  }, id);
}

/** What the features put on the page: each exactly once while attached, none after destroy. */
const ONE_EACH = ['.agenda-banner', '.rehearsal-badge', '.agenda-hud', '.agenda-toast'];

async function counted(page: Page) {
  return page.evaluate((selectors): Record<string, number> => {
    const each = Object.fromEntries(selectors.map((s) => [s, document.querySelectorAll(s).length]));
    return {
      ...each,
      copy: document.querySelectorAll('.copy-button').length,
      code: document.querySelectorAll('.reveal pre > code').length,
    };
  }, ONE_EACH);
}

test('every feature detaches without a trace and attaches again exactly once', async ({ page }) => {
  // A bad start= puts up the banner, ?rehearse the badge: every feature has something on the page.
  await openDeck(page, '?rehearse&start=25:99');
  const ids = await featureIds(page);
  expect(ids).toEqual(expect.arrayContaining(['presenter', 'rehearsal', 'copy']));
  const cdp = await page.context().newCDPSession(page);
  const attached = await counted(page);
  for (const selector of ONE_EACH) expect(attached[selector], selector).toBe(1);
  expect(attached.copy).toBe(attached.code);

  await detach(page);
  const bare = await listeners(cdp);
  expect(await counted(page)).toMatchObject({ ...Object.fromEntries(ONE_EACH.map((s) => [s, 0])), copy: 0 });

  // Detached, keys and slide changes do nothing: no change to the day, no rehearsal, no dialog.
  const before = await page.evaluate(() => ({
    run: localStorage.getItem('vmdocker.rehearsal.current'),
    day: JSON.stringify(window.deckFeatures?.context.day.state),
  }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Equal');
  await page.keyboard.press('q');
  await page.keyboard.press('r');
  await page.waitForTimeout(1200);
  const after = await page.evaluate(() => ({
    run: localStorage.getItem('vmdocker.rehearsal.current'),
    day: JSON.stringify(window.deckFeatures?.context.day.state),
  }));
  expect(after).toEqual(before);
  await expect(page.locator('dialog.rehearsal-dialog')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');

  await attach(page);
  const full = await listeners(cdp);
  expect(await counted(page)).toEqual(attached);
  // The rehearsal's dialog, opened once, holds a key listener of its own: destroy takes it too.
  await page.keyboard.press('r');
  await expect(page.locator('dialog.rehearsal-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await detach(page);
  expect(await listeners(cdp)).toEqual(bare);
  await expect(page.locator('dialog.rehearsal-dialog')).toHaveCount(0);
  await attach(page);
  expect(await listeners(cdp)).toEqual(full);
  expect(await counted(page)).toEqual(attached);

  // One at a time, from the entry's list: each leaves the page as it found it.
  for (const id of ids) {
    await detach(page, id);
    await attach(page, id);
    expect(await listeners(cdp), id).toEqual(full);
    expect(await counted(page), id).toEqual(attached);
  }
  // Attached again, the keys work once each: + extends the block on screen by one step, not two.
  await page.keyboard.press('Equal');
  await expect.poll(() => page.evaluate(() => Object.values(window.deckFeatures?.context.day.state.adjustments ?? {}))).toEqual([5]);
});

/**
 * Installed before the page's scripts: keeps every listener and timer the page holds now, so a test can ask
 * which of those a step added are still held after another step.
 */
function trackHolds() {
  interface Hold {
    readonly what: string;
    readonly target?: EventTarget;
    readonly listener?: unknown;
    readonly capture?: boolean;
    readonly timer?: unknown;
  }
  const held = new Set<Hold>();
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;
  const name = (target: EventTarget) => (target === window ? 'window' : target === document ? 'document' : target.constructor.name);
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype as {
    addEventListener: (this: EventTarget, ...args: unknown[]) => void;
    removeEventListener: (this: EventTarget, ...args: unknown[]) => void;
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const c = capture(options);
    if (![...held].some((h) => h.target === this && h.what.endsWith(` ${type}`) && h.listener === listener && h.capture === c))
      held.add({ what: `${name(this)} ${type}`, target: this, listener, capture: c });
    add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const c = capture(options);
    for (const h of held)
      if (h.target === this && h.what.endsWith(` ${type}`) && h.listener === listener && h.capture === c) held.delete(h);
    remove.call(this, type, listener, options);
  };
  // Typed loosely on purpose: the DOM's and Node's timer types disagree, and this runs only in the page.
  const page = window as unknown as Record<string, (...args: unknown[]) => unknown>;
  const timers = (setter: string, clearer: string, once: boolean) => {
    const set = page[setter]?.bind(window);
    const clear = page[clearer]?.bind(window);
    if (!set || !clear) throw new Error(`no ${setter}`);
    page[setter] = (run: unknown, ms?: unknown, ...rest: unknown[]) => {
      const hold: { what: string; timer?: unknown } = { what: `${setter} ${typeof ms === 'number' ? ms : 0}ms` };
      hold.timer = set(() => {
        if (once) held.delete(hold);
        (run as (...args: unknown[]) => void)(...rest);
      }, ms);
      held.add(hold);
      return hold.timer;
    };
    page[clearer] = (id?: unknown) => {
      for (const h of held) if (h.timer === id && h.what.startsWith(setter)) held.delete(h);
      clear(id);
    };
  };
  timers('setInterval', 'clearInterval', false);
  timers('setTimeout', 'clearTimeout', true);
  (window as Window & { heldNow?: () => Set<unknown> }).heldNow = () => new Set(held);
}

test('Reveal.destroy() takes every feature down: none of their listeners, timers or elements is left', async ({ page }) => {
  await page.addInitScript(trackHolds);
  await openDeck(page, '?rehearse&start=25:99');
  // What the features hold: all that attaching them again adds to a page where they were detached by hand.
  const fromFeatures = await page.evaluate(() => {
    const found = window.deckFeatures;
    const heldNow = (window as Window & { heldNow?: () => Set<{ what: string }> }).heldNow;
    if (!found || !heldNow) throw new Error('no features or no tracker');
    for (const feature of [...found.features].reverse()) feature.destroy();
    const bare = heldNow();
    for (const feature of found.features) feature.init(window.Reveal, found.context);
    const added = [...heldNow()].filter((h) => !bare.has(h));
    (window as Window & { featureHolds?: unknown }).featureHolds = added;
    return added.map((h) => h.what);
  });
  expect(fromFeatures.length, 'the features hold listeners and timers').toBeGreaterThan(10);
  expect(await counted(page)).toMatchObject({ ...Object.fromEntries(ONE_EACH.map((s) => [s, 1])) });

  const left = await page.evaluate(() => {
    window.Reveal.destroy();
    const { heldNow, featureHolds } = window as Window & {
      heldNow?: () => Set<{ what: string }>;
      featureHolds?: { what: string; target?: EventTarget }[];
    };
    const now = heldNow?.() ?? new Set();
    // A listener on an element the feature took away goes with it; one on the page or on a slide would stay.
    const onPage = (h: { target?: EventTarget }) => !(h.target instanceof Node) || h.target.isConnected;
    return (featureHolds ?? []).filter((h) => now.has(h) && onPage(h)).map((h) => h.what);
  });
  expect(left).toEqual([]);
  expect(await counted(page)).toMatchObject({ ...Object.fromEntries(ONE_EACH.map((s) => [s, 0])), copy: 0 });
});
