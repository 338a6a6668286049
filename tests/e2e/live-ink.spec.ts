import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { startClassServer, type ClassServer } from './class-server';

/**
 * Ink over the live class on a real class server process: the lecturer draws on a scene's step on the projector,
 * another lecturer deck opened fresh (its own browser context, empty storage) draws the same stroke from the
 * class's state, so does one after the server restarts, and a student's forged ink changes nothing and is counted.
 * Students see the stroke and the laser over a copy of the slide at the lecturer's step, in the same place in
 * slide space at 1280 px and at 390 px (a late joiner), and load the code for it only once ink arrives.
 */

let server: ClassServer;
const contexts: BrowserContext[] = [];

async function lecturerDeck(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(server.lecturerLink);
  await page.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
  return page;
}

interface Where {
  h: number;
  v: number;
  f: number;
}

/** The deck's first scene slide and its second step (its first if it has one): found in the deck, not named here. */
const sceneStep = (page: Page): Promise<Where> =>
  page.evaluate(() => {
    const section = document.querySelector('.reveal .slides section .scene[data-scene]')?.closest('section');
    if (!section) throw new Error('the deck has no scene');
    const { h, v = 0 } = window.Reveal.getIndices(section);
    return { h, v, f: Math.min(1, section.querySelectorAll('.fragment').length - 1) };
  });

const goTo = (page: Page, { h, v, f }: Where) =>
  page.evaluate(
    ({ h, v, f }) => {
      window.Reveal.slide(h, v, f);
    },
    { h, v, f },
  );

async function studentView(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/student.html`);
  await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
  return page;
}

/** The student view's chunks that draw ink: none until the class brings ink. */
const inkChunks = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\/(live-ink|slide-style|layer|esm)-[\w-]+\.js$/.test(name)),
  );

/** A box in slide space (1280x720) over `frame`, the box the slide is drawn in. */
const slideSpace = (box: Box, frame: Box): Box => ({
  x: ((box.x - frame.x) / frame.width) * 1280,
  y: ((box.y - frame.y) / frame.height) * 720,
  width: (box.width / frame.width) * 1280,
  height: (box.height / frame.height) * 720,
});
type Box = { x: number; y: number; width: number; height: number };
const NOWHERE: Box = { x: NaN, y: NaN, width: NaN, height: NaN };

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}

/**
 * Where the student's copy of the lecturer's slide shows `selector`, in slide space over the box the slide is
 * drawn in; read in one go, since the laser's layer redraws every frame while its trail fades.
 */
const studentSees = (page: Page, selector: string): Promise<Box | null> =>
  page.evaluate((selector) => {
    const root = document.querySelector('.live-ink-frame')?.shadowRoot;
    const item = root?.querySelector(selector)?.getBoundingClientRect();
    const frame = root?.querySelector('.reveal')?.getBoundingClientRect();
    if (!item || !frame) return null;
    const [w, h] = [frame.width / 1280, frame.height / 720];
    return { x: (item.x - frame.x) / w, y: (item.y - frame.y) / h, width: item.width / w, height: item.height / h };
  }, selector);

function expectSameBox(actual: Box, expected: Box, within = 4): void {
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(actual[key] - expected[key]), key).toBeLessThan(within);
}

/** The ids of the strokes the deck shows on its current slide. */
const strokesShown = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<SVGPathElement>('.ink-layer path[data-stroke]')].map((p) => p.dataset.stroke));

async function dropped(page: Page): Promise<Record<string, number>> {
  const response = await page.request.get(`${server.origin}/class/info`);
  return ((await response.json()) as { dropped: Record<string, number> }).dropped;
}

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await server.stop();
});

test("the lecturer's ink and laser reach students (following at 1280 px, joining late at 390 px) in slide space over the slide at the lecturer's step, loaded only then; a fresh lecturer deck and a restart keep the ink; a student's forged ink is dropped", async ({
  browser,
}) => {
  server = await startClassServer();
  const lecturer = await lecturerDeck(browser);
  const where = await sceneStep(lecturer);
  await goTo(lecturer, where);
  const following = await studentView(browser, 1280);
  await expect(following.locator('.page[data-live] .scene[data-scene]')).toHaveAttribute('data-step', String(where.f));
  expect(await inkChunks(following)).toEqual([]);
  // Pen on (the deck's own key), then a stroke with the mouse across the projector's slide.
  await lecturer.keyboard.press('i');
  const box = await lecturer.locator('.ink-layer').boundingBox();
  if (!box) throw new Error('the deck has no ink layer');
  await lecturer.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await lecturer.mouse.down();
  for (let i = 1; i <= 10; i++)
    await lecturer.mouse.move(box.x + box.width * (0.3 + i * 0.03), box.y + box.height * (0.4 + (i % 2) * 0.05));
  await lecturer.mouse.up();
  const drawn = await strokesShown(lecturer);
  expect(drawn).toHaveLength(1);

  const drawnAt = slideSpace(await boxOf(lecturer, '.ink-layer path[data-stroke]'), box);

  // The student following since before, at 1280 px, and one joining now on a phone see it in the same place
  // over the slide, with the scene at the lecturer's step; the laser's dot reaches them too.
  const late = await studentView(browser, 390);
  for (const page of [following, late]) {
    await expect(page.locator('.live-ink-frame path[data-stroke]')).toHaveAttribute('data-stroke', drawn[0] ?? '');
    expectSameBox((await studentSees(page, 'path[data-stroke]')) ?? NOWHERE, drawnAt);
    await expect(page.locator('.live-ink-frame .scene[data-scene]')).toHaveAttribute('data-step', String(where.f));
    // The whole slide on screen, as wide as the page's column allows: no sideways scrolling, no postage stamp.
    const frame = await boxOf(page, '.live-ink-frame');
    const width = page.viewportSize()?.width ?? 0;
    expect(frame.x).toBeGreaterThanOrEqual(0);
    expect(frame.x + frame.width).toBeLessThanOrEqual(width);
    expect(frame.width).toBeGreaterThan(Math.min(width, 740) * 0.85);
    // The slide's picture fills that frame, scaled from slide space as a whole (16:9, not cropped).
    const picture = await boxOf(page, '.live-ink-frame .reveal');
    expectSameBox(picture, { x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: ((frame.width - 2) * 720) / 1280 }, 1.5);
  }
  expect(await inkChunks(following)).not.toEqual([]);
  await lecturer.keyboard.press('w');
  await lecturer.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.3);
  await lecturer.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.25, { steps: 3 });
  for (const page of [following, late]) {
    // The dot's centre ends where the lecturer's pointer stopped (the channel sends its latest point).
    const offBy = async () => {
      const dot = await studentSees(page, '.ink-laser-dot');
      return dot ? Math.hypot(dot.x + dot.width / 2 - 0.75 * 1280, dot.y + dot.height / 2 - 0.25 * 720) : Infinity;
    };
    await expect.poll(offBy).toBeLessThan(4);
  }
  await lecturer.keyboard.press('Escape');

  const fresh = await lecturerDeck(browser);
  await goTo(fresh, where);
  expect(await fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vmdocker.ink.')))).toEqual([]);
  await expect.poll(() => strokesShown(fresh)).toEqual(drawn);
  // The whole stroke, not the first copy sent while it grew.
  const points = (page: Page) => page.evaluate(() => document.querySelector('.ink-layer path[data-stroke]')?.getAttribute('d'));
  expect(await points(fresh)).toBe(await points(lecturer));

  // A student's own socket sends the lecturer's ink: dropped, counted, and nobody's ink changes.
  const before = await dropped(lecturer);
  const student = await (await browser.newContext()).newPage();
  contexts.push(student.context());
  await student.goto(`${server.origin}/student.html`);
  await student.evaluate(
    async ({ url, id }) => {
      const ws = new WebSocket(url);
      await new Promise((resolve) => {
        ws.addEventListener('open', resolve);
      });
      ws.send(JSON.stringify({ kind: 'ink', ink: { type: 'erase', ids: [id] } }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      ws.close();
    },
    { url: `${server.origin.replace('http', 'ws')}/live`, id: drawn[0] ?? '' },
  );
  await expect.poll(async () => (await dropped(lecturer)).forbidden ?? 0).toBe((before.forbidden ?? 0) + 1);
  expect(await strokesShown(lecturer)).toEqual(drawn);
  expect(await strokesShown(fresh)).toEqual(drawn);
  await expect(following.locator('.live-ink-frame path[data-stroke]')).toHaveCount(1);

  // The day's state file keeps it: after a restart, another fresh lecturer deck gets it back.
  await server.stop();
  server = await startClassServer({ port: server.port, stateDir: server.stateDir });
  const afterRestart = await lecturerDeck(browser);
  await goTo(afterRestart, where);
  await expect.poll(() => strokesShown(afterRestart)).toEqual(drawn);
});
