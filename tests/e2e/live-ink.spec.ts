import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { startClassServer, type ClassServer } from './class-server';

/**
 * Ink over the live class on a real class server process: the lecturer draws on the projector, another lecturer
 * deck opened fresh (its own browser context, empty storage) draws the same stroke from the class's state, so
 * does one after the server restarts, and a student's forged ink changes nothing and is counted.
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

test("the lecturer's ink reaches a fresh lecturer deck, survives a server restart, and a student's forged ink is dropped", async ({
  browser,
}) => {
  server = await startClassServer();
  const lecturer = await lecturerDeck(browser);
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

  const fresh = await lecturerDeck(browser);
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

  // The day's state file keeps it: after a restart, another fresh lecturer deck gets it back.
  await server.stop();
  server = await startClassServer({ port: server.port, stateDir: server.stateDir });
  const afterRestart = await lecturerDeck(browser);
  await expect.poll(() => strokesShown(afterRestart)).toEqual(drawn);
});
