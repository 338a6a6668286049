import type { Page } from '@playwright/test';
import { countdownState } from '../../src/core/day/countdown-state';
import { formatClock, formatDurationMs } from '../../src/model/time.ts';
import { plannedDay } from './day-plan';
import { expect, indices, openDeck, test } from './fixtures';

/** A day for the browser's fake clock: the deck counts by the time of day, whatever the date. */
const CLOCK_DAY = '2025-09-10';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The deck as a screen reader gets it: a document (no role="application", so reading mode works), keys still
 * driving it, each change announced once in one live region, and what assistive technology sees of a slide and
 * a scene kept in reviewed ARIA snapshots (tests/e2e/reading.spec.ts-snapshots/).
 */

/** Every live region a screen reader would speak from, and its text, skipping those hidden from it. */
function liveTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"], [role="timer"], output')]
      .filter((e) => e.getAttribute('aria-live') !== 'off' && !e.closest('[hidden], [aria-hidden="true"]'))
      .filter((e) => e.getAttribute('role') !== 'timer' || e.getAttribute('aria-live') !== null)
      .map((e) => e.textContent),
  );
}

/** How many live regions would speak these words. */
const count = (texts: string[], needle: string): number => texts.filter((t) => t.includes(needle)).length;

/** The first slide of the built deck that holds a scene, and its scene's id. */
async function firstScene(page: Page) {
  return page.evaluate(() => {
    const slide = window.Reveal.getSlides().find((s) => s.querySelector('.scene[data-scene]'));
    if (!slide) throw new Error('the deck has no scene');
    return { ...window.Reveal.getIndices(slide), id: slide.querySelector<HTMLElement>('.scene')?.dataset.scene ?? '' };
  });
}

test('a document, not an application: the keys still drive it, and a change is announced once, by one region', async ({ page }) => {
  await openDeck(page, '', '#/0');
  await expect(page.locator('.reveal')).not.toHaveAttribute('role', 'application');
  await expect(page.locator('[role="application"]')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => indices(page).then((i) => i.h)).toBe(1);
  const heading = (await page.locator('.reveal .slides section.present :is(h1, h2)').first().textContent())?.trim() ?? '';
  expect(heading).not.toBe('');
  await expect.poll(() => liveTexts(page).then((t) => count(t, heading))).toBe(1);
  // Said by our region, starting with the slide's heading: not by reveal's region, not by a caption of its own.
  const region = page.locator('.deck-announcer[role="status"]');
  await expect(region).toHaveText(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

  // A scene's step: its caption and what the picture now shows, once.
  const { h, v } = await firstScene(page);
  await page.evaluate(
    ({ h, v }) => {
      window.Reveal.slide(h, v ?? 0, -1);
    },
    { h, v },
  );
  await page.keyboard.press('ArrowRight');
  const scene = page.locator('.reveal .slides section.present .scene');
  await expect(scene).toHaveAttribute('data-step', '0');
  const described = (await scene.locator('.scene-description').textContent()) ?? '';
  expect(described).toMatch(/^Shows /);
  await expect.poll(() => liveTexts(page).then((t) => count(t, described))).toBe(1);
  await expect(region).toContainText(described);
});

test('ARIA snapshots: the first slide, and the first scene before its first step and at its last', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, '', '#/0');
  await expect(page.locator('main.reveal')).toMatchAriaSnapshot({ name: 'first-slide.aria.yml' });
  const { h, v } = await firstScene(page);
  const scene = page.locator('.reveal .slides section.present .scene');
  await page.evaluate(
    ({ h, v }) => {
      window.Reveal.slide(h, v ?? 0, -1);
    },
    { h, v },
  );
  await expect(scene).toHaveAttribute('data-drawn', '-1');
  await expect(scene).toMatchAriaSnapshot({ name: 'scene-before.aria.yml' });
  const last = await page.evaluate(() => window.Reveal.availableFragments().next);
  await page.evaluate(() => {
    // The last step: every fragment shown.
    while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
  });
  expect(last).toBe(true);
  await expect(scene).toHaveAttribute('data-drawn', /^\d+$/);
  await expect(scene).toMatchAriaSnapshot({ name: 'scene-last.aria.yml' });
});

test('a countdown is announced at 5 and 1 minutes left, not every second, and on request (U)', async ({ page }) => {
  // The plan's practice, at its countdown slide, from a few seconds before its first cue, on the browser's clock.
  const day = plannedDay();
  const target = { kind: 'block', blockId: day.practice } as const;
  const running = countdownState(day.plan.schedule, target, day.span(day.practice).start);
  if (running.phase !== 'running') throw new Error(`the practice's countdown is ${running.phase} at its start`);
  const at = (minutes: number, seconds: number) => new Date(`${CLOCK_DAY}T${formatClock(minutes)}:${String(seconds).padStart(2, '0')}`);
  await page.clock.install({ time: at(running.until - 9, 0) });
  await openDeck(page);
  await page.evaluate((block) => {
    const slide = document.querySelector<HTMLElement>(`section[data-block="${block}"][data-countdown-slide]:not([data-part])`);
    if (!slide) throw new Error(`${block} has no countdown slide`);
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v);
  }, day.practice);
  const region = page.locator('.deck-announcer[role="status"]');
  const quiet = () =>
    region.evaluate((r) => {
      r.textContent = '';
    });

  // The slide's own words were said on arrival; the seconds that tick by say nothing. From here the clock
  // moves only when told, so each count is exact.
  await expect(region).not.toBeEmpty();
  await page.clock.pauseAt(at(running.until - 7, 50));
  await quiet();
  await page.clock.runFor(10_100);
  await expect(page.locator('section.present .countdown-main')).toHaveText(formatDurationMs(6 * 60_000));
  await expect(region).toBeEmpty();
  await page.clock.runFor(60_000);
  await expect(region).toHaveText(new RegExp(`^${escape(running.title)}: 5 minutes left\\.`));
  await quiet();
  await page.clock.runFor(3 * 60_000);
  await expect(region).toBeEmpty();
  await page.clock.runFor(60_000);
  await expect(region).toHaveText(new RegExp(`^${escape(running.title)}: 1 minute left\\.`));

  await quiet();
  await page.keyboard.press('u');
  await expect(region).toHaveText(
    new RegExp(`^${escape(running.title)}: \\d+ (seconds?|minutes?) left\\. .*${formatClock(running.until)}`),
  );
});
