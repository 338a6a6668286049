import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, expect, test } from '@playwright/test';
import { formatClock, formatDurationMs, parseClock } from '../../src/model/time.ts';
import { plannedDay } from './day-plan';

/**
 * The deck as a file: the single-file build opened from a folder of its own (a USB stick, an email
 * attachment), and dist/index.html opened from disk by mistake. Neither has a server; these tests use
 * Playwright's own `test`, since the suite's fixtures watch for requests that leave the test server.
 */

const SINGLE_FILE = 'dist/vm-vs-docker.html';

/** Console errors and warnings, and every request, of every page in the context. */
function watch(context: BrowserContext) {
  const problems: string[] = [];
  const requests: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  return { problems, requests };
}

test.describe('the single-file deck, opened from a folder on disk', () => {
  let folder = '';
  let url = '';

  test.beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'deck-usb-'));
    copyFileSync(SINGLE_FILE, join(folder, 'lecture.html'));
    url = pathToFileURL(join(folder, 'lecture.html')).href;
  });
  test.afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('starts, draws every scene at its last step, and asks for nothing but itself', async ({ page, context }, info) => {
    const { problems, requests } = watch(context);
    await page.goto(url);
    await page.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
    const scenes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides [data-scene]')].map((element) => {
        const slide = element.closest('section');
        if (!slide) throw new Error(`scene ${element.dataset.scene ?? '?'} is on no slide`);
        const { h, v } = window.Reveal.getIndices(slide);
        const steps = new Set([...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size;
        return { id: element.dataset.scene ?? '', h, v: v ?? 0, last: steps - 1 };
      }),
    );
    expect(scenes.length).toBeGreaterThan(0);
    for (const scene of scenes) {
      await page.evaluate(({ h, v, last }) => {
        window.Reveal.slide(h, v, last);
      }, scene);
      const element = page.locator(`section.present [data-scene="${scene.id}"]`);
      await expect(element).toHaveAttribute('data-step', String(scene.last));
      // Drawn: the picture has its shapes and words, not just an empty <svg>.
      await expect.poll(() => element.locator('svg :is(rect, path, line, circle, text)').count(), { message: scene.id }).toBeGreaterThan(3);
    }
    const first = scenes[0];
    if (first)
      await page.evaluate(({ h, v, last }) => {
        window.Reveal.slide(h, v, last);
      }, first);
    await page.waitForTimeout(2_500); // the last step's animation, for a still picture
    await page.screenshot({ path: info.outputPath('single-file-scene.png') });
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
  });

  test('carries a policy that allows its own inline scripts by hash, and runs clean under it', async ({ page, context }) => {
    const { problems } = watch(context);
    await page.goto(url);
    await page.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
    expect(scriptSources).not.toContain("'unsafe-inline'");
    // The inlined deck and reveal's speaker-view popup.
    expect(scriptSources.filter((source) => source.startsWith("'sha256-"))).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  test('S at a slide’s middle step opens the class panel, drawn by the projector (time, A+, notices, R), and leaves the projector where it was (M3)', async ({
    page,
    context,
  }, info) => {
    const { problems } = watch(context);
    // Ten minutes into the planned day, by a frozen clock, so every reading is exact.
    const now = formatClock(plannedDay().plan.schedule.start + 10);
    await page.clock.setFixedTime(new Date(`2025-09-10T${now}:00`));
    await page.goto(`${url}?now=${now}`);
    await page.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
    // A slide of three or more steps, from the deck itself, at a step in its middle.
    const middle = await page.evaluate(() => {
      for (const slide of document.querySelectorAll<HTMLElement>('.reveal .slides section:not(:has(section))')) {
        const steps = new Set([...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size;
        if (steps >= 3) {
          const { h, v } = window.Reveal.getIndices(slide);
          window.Reveal.slide(h, v ?? 0, 1);
          return window.Reveal.getIndices();
        }
      }
      throw new Error('no slide of three steps');
    });
    expect(middle.f).toBe(1);
    const projector = async () => ({ indices: await page.evaluate(() => window.Reveal.getIndices()), hash: new URL(page.url()).hash });
    await expect.poll(async () => (await projector()).hash).toBe(`#/${middle.h}/${middle.v ?? 0}/1`);
    const before = await projector();

    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    const cell = (id: string, part: string) => speaker.locator(`[data-speaker="${id}"] .speaker-time-${part}`);
    // The class clock in 24-hour form; reveal's 12-hour clock and "time to finish" gone.
    await expect(cell('clock', 'value')).toHaveText(now, { timeout: 15_000 });
    await expect(speaker.locator('.speaker-controls-time')).toBeHidden();
    expect(await speaker.evaluate(() => document.body.innerText)).not.toMatch(/\d\s*(AM|PM)\b|pacing/i);
    // Time left with its units, to the end the row names.
    await expect(cell('left', 'label')).toHaveText('Time left');
    const until = /until (\d{2}:\d{2})$/.exec((await cell('left', 'detail').textContent()) ?? '')?.[1] ?? 'missing';
    await expect(cell('left', 'value')).toHaveText(formatDurationMs(((parseClock(until) ?? NaN) - (parseClock(now) ?? NaN)) * 60_000));
    await expect(speaker.locator('.speaker-controls-notes')).toContainText(/\w{4,}/);

    // A+ makes the notes larger.
    const notesPx = () => speaker.locator('.speaker-controls-notes .value').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const size = await notesPx();
    await speaker.getByRole('button', { name: 'A+' }).click();
    await expect.poll(notesPx).toBe(size + 2);
    await expect(speaker.getByText(`Notes ${size + 2} px`)).toBeVisible();
    // The notices stay in the view until the lecturer asks for them on the projector too.
    await page.keyboard.press('t');
    await expect(speaker.locator('.agenda-speaker-message')).toContainText('timing overlay');
    await expect(page.locator('.agenda-hud')).toBeHidden();
    await speaker.getByRole('checkbox', { name: 'Show notices on the projector (D)' }).check();
    await expect(page.locator('.agenda-hud dd').first()).toContainText(now);
    // R in the view opens the rehearsal dialog there; the run it starts shows its line in the view (m8).
    await speaker.keyboard.press('r');
    const dialog = speaker.locator('dialog.rehearsal-dialog');
    await dialog.getByRole('button', { name: 'Start a run from this slide' }).click();
    await expect(dialog).toBeHidden();
    await expect(speaker.locator('section[data-panel="rehearsal"]')).toContainText('Rehearsing: run');
    await speaker.screenshot({ path: info.outputPath('single-file-speaker.png') });

    expect(await projector()).toEqual(before);
    await speaker.close();
    await expect.poll(projector).toEqual(before);
    expect(problems).toEqual([]);
  });
});

test('dist/index.html opened from disk says what to open instead, and shows no slide and no speaker note', async ({ page }, info) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  const message = page.locator('.deck-not-started');
  await expect(message).toBeVisible();
  await expect(message).toContainText('vm-vs-docker.html');
  await expect(page.locator('.reveal')).toBeHidden();
  const notes = readFileSync('dist/index.html', 'utf8').match(/<aside class="notes">\s*<p>([^<]{20,60})/)?.[1] ?? '';
  expect(notes).not.toBe('');
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(notes.trim());
  await page.screenshot({ path: info.outputPath('index-from-disk.png') });
});

test('dist/student.html opened from disk says why it shows plain text and what to do (D12)', async ({ page }, info) => {
  await page.goto(pathToFileURL(resolve('dist/student.html')).href);
  const message = page.locator('.student-not-started');
  await expect(message).toBeVisible();
  await expect(message).toContainText('ask your lecturer for the link');
  await page.screenshot({ path: info.outputPath('student-from-disk.png') });
});
