import { expect, openDeck, test } from './fixtures';
import { tabWalk } from './keyboard-walk';

/**
 * Keyboard only: on each view, Tab reaches every visible control the page has (found from the DOM), each with
 * its focus visible and not hidden under anything; a dialog keeps the focus inside and gives it back on close.
 */
test('the deck: a slide with tasks, the warning banner with its Dismiss, and the rehearsal dialog', async ({ page, problems }) => {
  // A bad parameter brings the banner (and its console warning, expected here).
  await openDeck(page, '?start=25:99');
  problems.length = 0;
  const slide = await page.evaluate(() => {
    const found = window.Reveal.getSlides().find((s) => s.querySelector('.task button'));
    return found ? window.Reveal.getIndices(found) : null;
  });
  expect(slide, 'the deck has a slide with a copy button').not.toBeNull();
  await page.evaluate((at) => {
    window.Reveal.slide(at?.h ?? 0, at?.v ?? 0);
  }, slide);
  await expect(page.locator('.agenda-banner')).toBeVisible();
  const deck = await tabWalk(page);
  expect(deck.controls.length).toBeGreaterThan(2);
  expect(
    deck.controls.filter((c) => !deck.reached.includes(c)),
    'controls Tab never reached',
  ).toEqual([]);
  expect(deck.problems).toEqual([]);

  // Enter on the banner's Dismiss closes it.
  await page.locator('.agenda-banner-close').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.agenda-banner')).toBeHidden();

  const before = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.outerHTML.slice(0, 80) ?? '');
  await page.keyboard.press('r');
  const dialog = page.locator('dialog.rehearsal-dialog');
  await expect(dialog).toBeVisible();
  const inside = await tabWalk(page, 'dialog.rehearsal-dialog');
  expect(inside.controls.length).toBeGreaterThan(0);
  expect(inside.controls.filter((c) => !inside.reached.includes(c))).toEqual([]);
  expect(inside.problems).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const after = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.outerHTML.slice(0, 80) ?? '');
  expect(after, 'the focus returns where it was').toBe(before);
});

test('the speaker view: A− / A+ and every other control', async ({ page, context }) => {
  await openDeck(page);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1280, height: 720 });
  await expect(speaker.locator('button[title="Larger notes"]')).toBeVisible({ timeout: 15_000 });
  const walk = await tabWalk(speaker);
  expect(walk.controls.filter((c) => !walk.reached.includes(c))).toEqual([]);
  expect(walk.problems).toEqual([]);
  // The control's own label says the size it set.
  const size = async () => speaker.locator('.speaker-control', { hasText: 'Notes' }).first().textContent();
  const was = await size();
  await speaker.locator('button[title="Larger notes"]').focus();
  await speaker.keyboard.press('Enter');
  await expect.poll(size).not.toBe(was);
});

for (const width of [390, 1280]) {
  test(`the student view at ${String(width)} px: every control, and a scene stepped with the keyboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./student.html');
    await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
    const walk = await tabWalk(page);
    expect(walk.controls.filter((c) => !walk.reached.includes(c))).toEqual([]);
    expect(walk.problems).toEqual([]);
    const scene = page.locator('.student-slides .scene[data-scene]').first();
    const step = await scene.getAttribute('data-step');
    await scene.getByRole('button', { name: /previous step/ }).focus();
    await page.keyboard.press('Enter');
    await expect(scene).not.toHaveAttribute('data-step', step ?? '');
  });
}
