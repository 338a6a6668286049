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
