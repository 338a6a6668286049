import { expect, openDeck, test } from './fixtures';

/**
 * What assistive technology gets of the student view and the speaker view, as reviewed ARIA snapshots
 * (tests/e2e/aria-views.spec.ts-snapshots/): a change in roles, names or structure shows up in review. Clocks
 * are frozen so the times in them are the same on every run.
 */
const DAY = '2025-09-10';

test('ARIA snapshot: the student view, its header and agenda', async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${DAY}T09:10:00`));
  await page.goto('./student.html?start=09:00&end=15:00&now=09:10');
  await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
  await expect(page.locator('header.student-now')).toMatchAriaSnapshot({ name: 'student-now.aria.yml' });
  await expect(page.locator('nav.student-agenda')).toMatchAriaSnapshot({ name: 'student-agenda.aria.yml' });
});

test('ARIA snapshot: the speaker view, its landmarks, frames and controls', async ({ page, context }) => {
  await context.clock.setFixedTime(new Date(`${DAY}T09:10:00`));
  await openDeck(page, '?start=09:00&end=15:00&now=09:10', '#/0');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1280, height: 720 });
  await expect(speaker.locator('button[title="Larger notes"]')).toBeVisible({ timeout: 15_000 });
  await expect(speaker.locator('body')).toMatchAriaSnapshot({ name: 'speaker-view.aria.yml' });
});
