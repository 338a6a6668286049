import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { exportHandout } from '../../scripts/handout/export.mjs';
import { placePage } from '../../src/features/handout/sheets';
import { expect, openDeck, test } from './fixtures';

/**
 * Ink and the laser, drawn as a lecturer would: in the speaker view's current slide with the mouse, shown on the
 * projector in the same place in slide space at any window size, kept per step and for the day, printed in the
 * handout. The slide is found from the deck: the first scene with at least three steps.
 */

interface Target {
  h: number;
  /** The slide's index in deck order: the handout's sheets name slides by it. */
  index: number;
  title: string;
}

async function sceneSlide(page: Page): Promise<Target> {
  return page.evaluate(() => {
    const scenes = [...document.querySelectorAll('.reveal .slides section .scene')];
    const scene = scenes.find((s) => (s.closest('section')?.querySelectorAll('.scene-step').length ?? 0) >= 3);
    const section = scene?.closest('section');
    if (!section) throw new Error('the deck has no scene of three steps');
    return {
      h: window.Reveal.getIndices(section).h,
      index: window.Reveal.getSlides().indexOf(section),
      title: section.querySelector('h1, h2')?.textContent.trim() ?? '',
    };
  });
}

async function openSpeaker(page: Page, context: BrowserContext): Promise<{ speaker: Page; current: Frame }> {
  await page.bringToFront();
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1024, height: 768 });
  await expect(speaker.locator('[data-panel="ink"] [data-ink-tool="pen"]')).toBeVisible({ timeout: 15_000 });
  // The frame, not its URL: the copy takes postMessageEvents off its own query as it starts.
  const current = await (await speaker.locator('#current-slide iframe').elementHandle()).contentFrame();
  if (!current) throw new Error('the speaker view has no current-slide iframe');
  await current.waitForFunction(() => document.documentElement.dataset.deckReady !== undefined);
  return { speaker, current };
}

/** Where the window of `target` shows the slide and step. */
const shown = (target: Page | Frame) => target.evaluate(() => window.Reveal.getIndices());

/** The ink on screen, in slide space: each stroke's id and its box (SVG user units = slide units). */
const inkOn = (target: Page | Frame) =>
  target.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.ink-layer path[data-stroke]')].map((path) => {
      const box = path.getBBox();
      // Also where it is on the screen, brought back to slide units through the .slides box.
      const slides = document.querySelector('.reveal .slides')?.getBoundingClientRect();
      const screen = path.getBoundingClientRect();
      const sx = slides ? 1280 / slides.width : NaN;
      return {
        id: path.dataset.stroke ?? '',
        box: [box.x, box.y, box.width, box.height].map(Math.round),
        screen: slides
          ? [(screen.x - slides.x) * sx, (screen.y - slides.y) * sx, screen.width * sx, screen.height * sx].map(Math.round)
          : [],
      };
    }),
  );

/** Mouse positions on `speaker` for points given in slide units, through the current-slide iframe's ink layer. */
async function slideToSpeaker(speaker: Page, current: Frame, points: readonly (readonly [number, number])[]) {
  const frame = await speaker.locator('#current-slide iframe').boundingBox();
  const layer = await current.evaluate(() => document.querySelector('.ink-layer')?.getBoundingClientRect().toJSON() as DOMRect);
  if (!frame) throw new Error('no current-slide iframe');
  return points.map(([x, y]) => [frame.x + layer.x + (x / 1280) * layer.width, frame.y + layer.y + (y / 720) * layer.height] as const);
}

const STROKE: readonly (readonly [number, number])[] = Array.from({ length: 16 }, (_, i) => [400 + i * 20, 300 + (i % 2) * 30] as const);

test('a stroke drawn in the speaker view is on the projector in the same place at two sizes, per step, after a reload and a new speaker view; the laser reaches it', async ({
  page,
  context,
}) => {
  await openDeck(page);
  const target = await sceneSlide(page);
  const { speaker, current } = await openSpeaker(page, context);
  await page.evaluate(({ h }) => {
    window.Reveal.slide(h, 0, 2);
  }, target);
  await expect.poll(() => shown(current)).toMatchObject({ h: target.h, f: 2 });

  await speaker.locator('[data-panel="ink"] [data-ink-tool="pen"]').click();
  const path = await slideToSpeaker(speaker, current, STROKE);
  const [first, ...rest] = path;
  if (!first) throw new Error('no points');
  await speaker.mouse.move(...first);
  await speaker.mouse.down();
  for (const point of rest) await speaker.mouse.move(...point);
  await speaker.mouse.up();

  await expect.poll(async () => (await inkOn(page)).length).toBe(1);
  const drawn = await inkOn(current);
  const projected = await inkOn(page);
  expect(projected.map((s) => [s.id, s.box])).toEqual(drawn.map((s) => [s.id, s.box]));
  // The mouse's path, in slide units, within the pen's half width (5) and the smoothing's pull at the ends.
  const [x = NaN, y = NaN, w = NaN, h = NaN] = projected[0]?.box ?? [];
  const near = (value: number, expected: number) => Math.abs(value - expected);
  expect(
    [near(x, 400), near(x + w, 700), near(y, 300), near(y + h, 330)].every((d) => d <= 7),
    `box ${String([x, y, w, h])}`,
  ).toBe(true);
  // Where it sits on the projector's screen, in slide units, is the same at 1280x720 and at 1920x1080.
  expect(projected[0]?.screen).toEqual(projected[0]?.box);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await inkOn(page))[0]?.screen).toEqual(projected[0]?.box);

  // The laser: its dot reaches the projector at the pointer's place in slide space.
  await speaker.locator('[data-panel="ink"] [data-ink-tool="laser"]').click();
  const [spot] = await slideToSpeaker(speaker, current, [[900, 500]]);
  if (!spot) throw new Error('no spot');
  // The trail fades within half a second: the projector's page counts the most trail dots it ever showed.
  await page.evaluate(() => {
    const laser = document.querySelector('.ink-layer .ink-laser');
    if (!laser) throw new Error('no laser layer');
    laser.setAttribute('data-most', '0');
    new MutationObserver(() => {
      const most = Math.max(Number(laser.getAttribute('data-most')), laser.querySelectorAll('.ink-trail').length);
      laser.setAttribute('data-most', String(most));
    }).observe(laser, { childList: true });
  });
  await speaker.mouse.move(spot[0] - 20, spot[1]);
  await speaker.mouse.move(...spot);
  const dot = page.locator('.ink-layer .ink-laser-dot');
  await expect(dot).toHaveCount(1);
  expect(Number(await page.locator('.ink-layer .ink-laser').getAttribute('data-most'))).toBeGreaterThanOrEqual(2);
  // Within a pixel of the speaker view's small slide (2.6 slide units): the mouse lands on whole pixels.
  expect(Math.abs(Number(await dot.getAttribute('cx')) - 900)).toBeLessThan(3);
  expect(Math.abs(Number(await dot.getAttribute('cy')) - 500)).toBeLessThan(3);
  await speaker.locator('[data-panel="ink"] [data-ink-tool="laser"]').click();
  await expect(dot).toHaveCount(0);

  // Step 3 has no ink of its own; back at step 2, the stroke is there as drawn. (The speaker view, which echoes
  // the deck's position back to it half a second later, is closed first.)
  await speaker.close();
  const id = projected[0]?.id;
  await page.evaluate(() => {
    window.Reveal.next();
  });
  await expect.poll(() => shown(page)).toMatchObject({ f: 3 });
  await expect.poll(async () => (await inkOn(page)).length).toBe(0);
  await page.evaluate(() => {
    window.Reveal.prev();
  });
  await expect.poll(async () => (await inkOn(page)).map((s) => s.id)).toEqual([id]);

  // A reload of the projector, and a new speaker view, still have it. (reveal writes the URL at most once a second.)
  await expect.poll(() => page.url()).toMatch(new RegExp(`#/${String(target.h)}/0/2$`));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.deckReady !== undefined);
  await expect.poll(async () => (await inkOn(page)).map((s) => s.id)).toEqual([id]);
  await page.waitForTimeout(500);
  const again = await openSpeaker(page, context);
  // reveal's speaker view opens its copy at the slide's first step, and moves the deck there: back to step 2.
  await page.evaluate(({ h }) => {
    window.Reveal.slide(h, 0, 2);
  }, target);
  await expect.poll(() => shown(again.current)).toMatchObject({ h: target.h, f: 2 });
  await expect.poll(async () => (await inkOn(again.current)).map((s) => s.id)).toEqual([id]);

  // Kept across steps: the step-2 stroke stays at step 3.
  await again.speaker.locator('[data-panel="ink"] [data-ink-action="keep"]').check();
  await page.evaluate(() => {
    window.Reveal.next();
  });
  await expect.poll(() => shown(page)).toMatchObject({ f: 3 });
  await expect.poll(async () => (await inkOn(page)).map((s) => s.id)).toEqual([id]);
});

test('reveal’s keys do what they did; the ink keys draw, and Esc leaves drawing before it opens the overview', async ({ page }) => {
  await openDeck(page, '', '#/2');
  const at = () => shown(page);
  const start = await at();
  // Each key moves as reveal moves: forward one step or slide, then back to where it was.
  const move = async (forward: string, back: string) => {
    await page.keyboard.press(forward);
    await expect.poll(at, forward).not.toEqual(start);
    const ahead = await at();
    expect(ahead.h * 100 + (ahead.f ?? -1), forward).toBeGreaterThan(start.h * 100 + (start.f ?? -1));
    await page.keyboard.press(back);
    await expect.poll(at, back).toEqual(start);
  };
  await move('n', 'p');
  await move('Space', 'PageUp');
  await move('ArrowRight', 'ArrowLeft');
  await move('PageDown', 'h');
  await page.keyboard.press('o');
  await expect.poll(() => page.evaluate(() => window.Reveal.isOverview())).toBe(true);
  await page.keyboard.press('o');
  await page.keyboard.press('b');
  await expect.poll(() => page.evaluate(() => window.Reveal.isPaused())).toBe(true);
  await page.keyboard.press('b');
  await expect.poll(() => page.evaluate(() => window.Reveal.isPaused())).toBe(false);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.evaluate(() => document.exitFullscreen());

  const layer = page.locator('.ink-layer');
  const drawing = () => layer.evaluate((el) => el.classList.contains('ink-drawing'));
  for (const key of ['i', 'm', 'e', 'w']) {
    await page.keyboard.press(key);
    expect(await drawing(), key).toBe(true);
    await expect(page.locator(`.ink-dock [data-ink-tool][aria-pressed="true"]`)).toHaveCount(1);
  }
  await page.keyboard.press('x');
  expect(await at()).toMatchObject({ h: 2 });
  await page.keyboard.press('Escape');
  expect(await drawing()).toBe(false);
  expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.Reveal.isOverview())).toBe(true);
});

test('a pen draws with its pressure and, while it is in use, a touch of the palm does not; an import not ours or from another deck is refused and the ink stays', async ({
  page,
}) => {
  await openDeck(page);
  await page.keyboard.press('i');
  const box = await page.locator('.ink-layer').boundingBox();
  if (!box) throw new Error('no ink layer');
  const cdp = await page.context().newCDPSession(page);
  const pen = async (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: 1,
      pointerType: 'pen',
      force: 0.8,
    });
  await pen('mousePressed', box.x + 100, box.y + 100);
  await pen('mouseMoved', box.x + 200, box.y + 150);
  await pen('mouseReleased', box.x + 200, box.y + 150);
  const stored = () =>
    page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('vmdocker.ink.'));
      return key ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { strokes: { points: number[][] }[] }).strokes : [];
    });
  await expect.poll(async () => (await stored()).length).toBe(1);
  expect((await stored())[0]?.points[0]?.[2]).toBeCloseTo(0.8, 1);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + 300, y: box.y + 300 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x + 400, y: box.y + 320 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(200);
  expect(await stored()).toHaveLength(1);

  // An import that is not ours, or from another deck, is refused by name, and the ink already there stays.
  const picker = page.locator('.ink-dock [data-ink-action="import-file"]');
  const status = page.locator('.ink-dock .ink-status');
  await picker.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": []}') });
  await expect(status).toHaveText(/Import refused, the ink on screen is kept: it is not an ink file of this deck/);
  const ours = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('vmdocker.ink.'));
    return JSON.parse(localStorage.getItem(key ?? '') ?? '{}') as { strokes: unknown[] };
  });
  const foreign = { format: 'vmdocker-ink', version: 1, deck: '00000000', date: '2026-01-01', keep: [], ...ours };
  await picker.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...foreign, deck: '00000000' })),
  });
  await expect(status).toHaveText(/it is from another deck \(deck 00000000; this deck is [0-9a-f]{8}\)/);
  expect(await stored()).toHaveLength(1);
  await expect(page.locator('.ink-layer path[data-stroke]')).toHaveCount(1);
});

/** Red pixels (the pen's #d62728) of one PDF page, rendered at 50 dpi, as [x, y] in the page's CSS pixels. */
function redPixels(pdf: string, page: number): [number, number][] {
  const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), '-singlefile', pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'));
  if (!header?.[1]) throw new Error('not a PPM');
  const width = Number(header[1]);
  const start = header[0].length;
  const found: [number, number][] = [];
  for (let i = start; i + 2 < ppm.length; i += 3) {
    const [r = 0, g = 0, b = 0] = [ppm[i], ppm[i + 1], ppm[i + 2]];
    const pixel = (i - start) / 3;
    if (r > 170 && g < 90 && b < 90) found.push([((pixel % width) * 96) / 50, (Math.floor(pixel / width) * 96) / 50]);
  }
  return found;
}

test('a handout with --ink prints the strokes on their slide’s page, one without prints none, and another deck’s ink is refused', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDeck(page);
  const target = await sceneSlide(page);
  const steps = await page.evaluate(({ h }) => window.Reveal.getSlide(h)?.querySelectorAll('.scene-step').length ?? 0, target);
  // Drawn at the slide's last step: the handout prints each slide's final step.
  await page.evaluate(
    ({ h, f }) => {
      window.Reveal.slide(h, 0, f);
    },
    { h: target.h, f: steps - 1 },
  );
  await page.keyboard.press('i');
  const box = await page.locator('.ink-layer').boundingBox();
  if (!box) throw new Error('no ink layer');
  const px = ([x, y]: readonly [number, number]) => [box.x + (x / 1280) * box.width, box.y + (y / 720) * box.height] as const;
  const [first, ...rest] = STROKE;
  if (!first) throw new Error('no points');
  await page.mouse.move(...px(first));
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...px(point));
  await page.mouse.up();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.ink-dock [data-ink-action="export"]').click()]);
  const dir = mkdtempSync(join(tmpdir(), 'ink-'));
  const file = join(dir, 'ink.json');
  await download.saveAs(file);
  const ink = readFileSync(file, 'utf8');

  const inked = join(dir, 'inked.pdf');
  const plain = join(dir, 'plain.pdf');
  const other = JSON.stringify({ ...(JSON.parse(ink) as object), deck: '00000000' });
  const [withInk, without, refused] = await Promise.all([
    exportHandout({ out: inked, ink, paper: 'a4' }),
    exportHandout({ out: plain, paper: 'a4' }),
    exportHandout({ out: join(dir, 'other.pdf'), ink: other }).then(
      () => '',
      (error: unknown) => String(error),
    ),
  ]);
  expect(withInk.warnings).toEqual([]);
  // The slide's last page: a scene's paper steps print on pages before it, without the last step's ink.
  const sheet = withInk.sheets.map((printed) => printed.some((p) => p.slide === target.index)).lastIndexOf(true) + 1;
  expect(sheet).toBeGreaterThan(0);
  const red = redPixels(inked, sheet);
  expect(red.length, 'red ink on the slide’s page').toBeGreaterThan(50);
  // Where it was drawn: reveal's page is the slide and its margin ((1331 - 1280) / 2, (748 - 720) / 2), and the
  // page sits scaled on its A4 sheet where the handout placed it.
  const { left, top, fit } = placePage({ paper: 'a4', perPage: 1, notes: false }, { width: 1331, height: 748 }, 0);
  const onSheet = (slide: number, margin: number, offset: number) => offset + (slide + margin) * fit;
  for (const [x, y] of red) {
    expect(x).toBeGreaterThan(onSheet(400, 25, left) - 12);
    expect(x).toBeLessThan(onSheet(700, 25, left) + 12);
    expect(y).toBeGreaterThan(onSheet(300, 14, top) - 12);
    expect(y).toBeLessThan(onSheet(330, 14, top) + 12);
  }
  expect(redPixels(inked, sheet + 1), 'no ink on the next page').toEqual([]);

  expect(redPixels(plain, sheet), 'no ink without --ink').toEqual([]);

  expect(refused).toContain('the ink file was refused: it is from another deck');
  expect(existsSync(join(dir, 'other.pdf')), 'no PDF from refused ink').toBe(false);
  expect(without.sheets.length).toBe(withInk.sheets.length);
});
