import { test as base, expect, type Page } from '@playwright/test';

interface DeckFixtures {
  /** Console errors and warnings, and requests that left the page's origin, seen during the test. */
  problems: string[];
}

/**
 * Every e2e test watches the console and the network: an error or warning in the console, or a request to
 * another origin, fails the test that caused it.
 */
export const test = base.extend<DeckFixtures>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:') && new URL(url).origin !== origin) {
          problems.push(`request left the origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'console problems or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the built deck (optionally with a query and hash) and waits for reveal's `ready` and every feature. */
export async function openDeck(page: Page, query = '', hash = ''): Promise<void> {
  await page.goto(`./${query}${hash}`);
  await deckReady(page);
}

/** Reveal is ready and the features that load after it (scenes, agenda, rehearsal) are attached. */
export async function deckReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
}

/** h/v/f of the slide and fragment reveal shows now. */
export function indices(page: Page) {
  return page.evaluate(() => window.Reveal.getIndices());
}
