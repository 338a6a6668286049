import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { exportHandout } from '../../scripts/handout/export.mjs';
import { formatDurationMs } from '../../src/model/time.ts';
import { expect, openDeck, test as base } from './fixtures';

/**
 * One class file reaches the deck, the page title and the handout cover: the deck is built with a class file
 * of its own (`CLASS_FILE`), a day with a lunch break that falls inside the long practice, and served from
 * its own folder.
 */
const CLASS = `course: Docker lecture
week: 38
day: 2
date: 2025-09-17
start: 09:00
end: 15:00
breaks:
  - { at: 12:00-12:45, title: Lunch }
`;
const LABELS = 'Docker lecture · week 38 · day 2';
/** Intl's en-GB long date; ICU versions differ on the comma after the weekday. */
const COVER_DATE = /Wednesday,? 17 September 2025 · 09:00–15:00/;

const dir = mkdtempSync(join(tmpdir(), 'class-'));
const dist = join(dir, 'dist');

const test = base.extend<object, { classDeck: string }>({
  classDeck: [
    // Playwright reads what a fixture needs from its first parameter's pattern: this one needs nothing.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const file = join(dir, 'class.yaml');
      writeFileSync(file, CLASS);
      execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
        env: { ...process.env, CLASS_FILE: file },
        stdio: 'inherit',
      });
      const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('vite preview did not report a URL');
      await use(url);
      await server.close();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ classDeck }, use) => {
    await use(classDeck);
  },
});

test.describe.configure({ timeout: 120_000 });

const DAY = '2025-09-17';
const freezeAt = (page: Page, clock: string) => page.clock.setFixedTime(new Date(`${DAY}T${clock}:00`));

/** The deck's timed slides in order: block, part and seconds, as the deck carries them. */
const timedSlides = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section[data-timing]')].map((s) => ({
      block: s.dataset.block ?? '',
      part: s.dataset.part,
      countdown: s.dataset.countdownSlide !== undefined,
      title: s.querySelector('h2')?.textContent ?? '',
      seconds: Number(s.dataset.timing),
    })),
  );

/** Shows the `index`-th timed slide. */
async function showTimed(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const slide = document.querySelectorAll<HTMLElement>('section[data-timing]')[i];
    if (!slide) throw new Error(`no timed slide ${String(i)}`);
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v);
  }, index);
}

const lunchIndex = async (page: Page) => (await timedSlides(page)).findIndex((s) => s.block === 'break');
const shownCountdown = (page: Page) => page.locator('.reveal .slides section.present .countdown');

test('the page title and the title slide carry the class file’s labels and date; the speaker view its date', async ({ page, context }) => {
  await openDeck(page, '', '#/0');
  const lecture = (await page.locator('.reveal .slides section h1').first().textContent())?.trim() ?? '';
  expect(lecture).not.toBe('');
  await expect(page).toHaveTitle(`${lecture} · ${LABELS}`);
  const titleSlide = page.locator('.reveal .slides section.present');
  await expect(titleSlide).toContainText(LABELS);
  await expect(titleSlide).toContainText(COVER_DATE);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('[data-speaker="clock"] .speaker-time-label')).toContainText(/Wed 17 Sept?/, { timeout: 15_000 });
  await speaker.close();
});

test('the class file’s lunch splits the practice it falls in: its countdown, the lunch, its countdown again', async ({ page }) => {
  await openDeck(page);
  const slides = await timedSlides(page);
  const lunch = await lunchIndex(page);
  expect(slides[lunch]).toMatchObject({ block: 'break', title: 'Lunch', seconds: 45 * 60 });
  const [before, after] = [slides[lunch - 1], slides[lunch + 1]];
  expect(before).toMatchObject({ countdown: true, part: undefined });
  expect(after).toMatchObject({ block: before?.block, countdown: true, part: '1', title: before?.title });
  // The slides before lunch fill the class up to 12:00 exactly: the first countdown counts to the lunch.
  const untilLunch = slides.slice(0, lunch).reduce((sum, s) => sum + s.seconds, 0);
  expect(untilLunch).toBe(3 * 3600);
  // The right arrow at the end of lunch goes back to the practice.
  await showTimed(page, lunch);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.reveal .slides section.present')).toHaveAttribute('data-part', '1');
});

test('each countdown of the split practice counts to its own clock time', async ({ page }) => {
  await freezeAt(page, '11:30');
  await openDeck(page, '?now=11:30');
  const lunch = await lunchIndex(page);
  await showTimed(page, lunch - 1);
  await expect(shownCountdown(page).locator('.countdown-main')).toHaveText(formatDurationMs(30 * 60_000));
  await expect(shownCountdown(page).locator('.countdown-label')).toHaveText('left · lunch at 12:00');

  await freezeAt(page, '12:10');
  await openDeck(page, '?now=12:10');
  await showTimed(page, lunch);
  await expect(shownCountdown(page).locator('.countdown-main')).toHaveText(formatDurationMs(35 * 60_000));
  await expect(shownCountdown(page).locator('.countdown-label')).toHaveText('left · class resumes at 12:45');

  await freezeAt(page, '13:00');
  await openDeck(page, '?now=13:00');
  await showTimed(page, lunch + 1);
  const afterLunch = (await timedSlides(page))[lunch + 1]?.seconds ?? 0;
  // The second countdown counts to the block's end, which its own time on the deck reaches from 12:45.
  const end = 12 * 60 + 45 + afterLunch / 60;
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  await expect(shownCountdown(page).locator('.countdown-label')).toHaveText(`left · ends ${pad(end / 60)}:${pad(end % 60)}`);
  const left = end - 13 * 60;
  await expect(shownCountdown(page).locator('.countdown-main')).toHaveText(formatDurationMs(left * 60_000));
});

test('a block made longer re-times both parts: the first still ends at lunch', async ({ page }) => {
  await freezeAt(page, '10:00');
  await openDeck(page, '?now=10:00');
  const before = await timedSlides(page);
  const lunch = await lunchIndex(page);
  // A practice before the split one, made 5 minutes longer: the split one starts 5 minutes later.
  const earlier = before.findIndex((s) => s.countdown && s.block !== before[lunch - 1]?.block);
  await showTimed(page, earlier);
  await page.keyboard.press('Shift+Equal');
  await expect.poll(async () => (await timedSlides(page))[lunch - 1]?.seconds).toBe((before[lunch - 1]?.seconds ?? 0) - 300);
  const after = await timedSlides(page);
  expect(after.slice(0, lunch).reduce((sum, s) => sum + s.seconds, 0)).toBe(3 * 3600);
  expect(after[lunch + 1]?.seconds).toBe(before[lunch + 1]?.seconds);
});

test('the handout cover shows the class file’s labels, date, times and lunch; --date and --break none change it', async () => {
  const cover = (pdf: string) =>
    execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');

  const plain = join(dir, 'class.pdf');
  expect((await exportHandout({ out: plain, dir: dist })).warnings).toEqual([]);
  const text = cover(plain);
  expect(text).toContain(`${LABELS} · handout`);
  expect(text).toMatch(COVER_DATE);
  expect(text).toMatch(/12:00–12:45 Lunch/);

  const changed = join(dir, 'changed.pdf');
  expect((await exportHandout({ out: changed, dir: dist, date: '2025-10-01', breaks: ['none'] })).warnings).toEqual([]);
  const other = cover(changed);
  expect(other).toMatch(/Wednesday,? 1 October 2025 · 09:00–15:00/);
  expect(other).not.toContain('Lunch');
  // The labels appear once: the cover's kicker, not again from a slide file.
  expect(other.split(LABELS)).toHaveLength(2);
});

test('the student view runs the class file’s day: its lunch by the class clock, and in the agenda', async ({ page }) => {
  await freezeAt(page, '12:10');
  await page.goto('./student.html?now=12:10');
  const header = page.locator('.student-now');
  await expect(header).toContainText('Lunch');
  await expect(header).toContainText('class resumes at 12:45');
  await expect(page.locator('.student-agenda')).toContainText('12:00–12:45');
  await expect(page.locator('.student-agenda summary')).toContainText(/Wednesday,? 17 September 2025/);
  await expect(page.locator('.student-slides')).toContainText(LABELS);
  await expect(page).toHaveTitle(new RegExp(`^Student view · .* · ${LABELS}$`));
});
