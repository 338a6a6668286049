import type { BrowserContext, Page } from '@playwright/test';
import { expect, openDeck, test } from './fixtures';

/**
 * Opening the speaker view in front of the room never changes what the room sees: the projector keeps its slide,
 * its step, its URL and its scene's picture, when the view opens, and again when it is closed and opened anew.
 * The speaker view's copies show the projector's step and the next one from the start.
 */

/** A scene slide with at least two steps, from the built deck: its indices and a step in the middle. */
async function midSceneStep(page: Page): Promise<{ h: number; v: number; f: number }> {
  return page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')) {
      const indexes = [...section.querySelectorAll<HTMLElement>('.fragment[data-fragment-index]')].map((f) =>
        Number(f.dataset.fragmentIndex),
      );
      const steps = new Set(indexes).size;
      if (!section.querySelector('[data-scene]') || steps < 3) continue;
      const { h, v = 0 } = window.Reveal.getIndices(section);
      return { h, v, f: Math.max(...indexes) - 1 };
    }
    throw new Error('the deck has no scene slide with three steps');
  });
}

/** What the room sees: reveal's indices, the URL's hash and the scene's step. */
const projector = (page: Page) =>
  page.evaluate(() => ({
    indices: window.Reveal.getIndices(),
    hash: location.hash,
    step: document.querySelector<HTMLElement>('.reveal .slides section.present [data-scene]')?.dataset.step,
  }));

/** Opens the speaker view with S and waits until it has talked with the projector for over a second. */
async function openSpeaker(page: Page, context: BrowserContext): Promise<Page> {
  await page.evaluate(() => {
    window.heartbeats = 0;
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.includes('"heartbeat"')) window.heartbeats = (window.heartbeats ?? 0) + 1;
    });
  });
  await page.bringToFront();
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('[data-speaker="clock"] .speaker-time-value')).not.toBeEmpty({ timeout: 15_000 });
  // The popup beats once a second from its connection on: two beats, and the copies' first messages are long past.
  await page.waitForFunction(() => (window.heartbeats ?? 0) >= 2, undefined, { timeout: 15_000 });
  return speaker;
}

const copyIndices = (speaker: Page, which: RegExp) =>
  speaker
    .frames()
    .find((frame) => which.test(frame.url()))
    ?.evaluate(() => (window.Reveal.isReady() ? window.Reveal.getIndices() : null));

declare global {
  interface Window {
    heartbeats?: number;
  }
}

test('S at a scene’s middle step, closed and opened again, keeps the projector’s slide, step, URL and picture', async ({
  page,
  context,
}) => {
  await openDeck(page, '?now=13:20');
  const { h, v, f } = await midSceneStep(page);
  await openDeck(page, '?now=13:20', `#/${String(h)}/${String(v)}/${String(f)}`);
  const before = await projector(page);
  expect(before.indices).toMatchObject({ h, f });
  expect(before.step).toBe(String(f));

  for (const round of ['first opening', 'opened again']) {
    const speaker = await openSpeaker(page, context);
    expect(await projector(page), `the projector after S (${round})`).toEqual(before);
    // The current copy at the projector's step, "Upcoming" one step on.
    await expect.poll(() => copyIndices(speaker, /postMessageEvents|receiver(?!.*controls=false)/)).toMatchObject({ h, f });
    await expect.poll(() => copyIndices(speaker, /controls=false/)).toMatchObject({ h, f: f + 1 });
    await speaker.close();
    expect(await projector(page), `the projector after closing the speaker view (${round})`).toEqual(before);
  }
});
