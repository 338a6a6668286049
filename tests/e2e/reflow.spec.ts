import { formatClock } from '../../src/model/time.ts';
import { plannedDay } from './day-plan';
import { expect, test } from './fixtures';

/**
 * Reflow (WCAG 1.4.10): the student view at 320 CSS px, as a 1280 px window zoomed to 400 %, during a practice
 * (the plan's, so its task sheet is drawn too). The page never scrolls sideways; what scrolls inside itself (a
 * scene wider than the phone) takes the keyboard's focus and has a name, so it can be reached and scrolled.
 */
test('the student view at 320x640: no sideways page scroll, and whatever scrolls inside itself is reachable and named', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const day = plannedDay();
  await page.goto(`./student.html?now=${formatClock(day.span(day.practice).start + 1)}`);
  await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
  await expect(page.locator('.student-tasks pre code').first()).toBeVisible();
  await page.locator('.student-agenda summary').click();

  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const scrollers = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1 && e.checkVisibility(),
    );
    return {
      overflow: root.scrollWidth - root.clientWidth,
      unreachable: scrollers
        .filter((e) => e.tabIndex < 0 || (e.getAttribute('aria-label') ?? '').trim() === '')
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`),
    };
  });
  expect(found.overflow, 'the page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
  expect(found.unreachable).toEqual([]);
});
