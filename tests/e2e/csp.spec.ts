import type { BrowserContext, Page } from '@playwright/test';
import { expect, openDeck, test } from './fixtures';

/**
 * The deck runs under its strict Content-Security-Policy, sent by the test server as a header and carried by
 * the page as a <meta>: live, in print view, in the rehearsal dialog and in reveal's speaker view (a popup
 * whose inline script is allowed by its hash alone). Every page and frame of the context is watched.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Violations the browser reports, from the console of every page and frame in the context, popups included. */
function watchViolations(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('console', (message) => {
    if (/Content.Security.Policy|cspViolation/i.test(message.text())) seen.push(`${message.type()}: ${message.text()}`);
  });
  return seen;
}

/** Each document also lists its own violations, so a test can name what was blocked and where. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const entry = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${String(event.lineNumber)}`;
      window.cspViolations?.push(entry);
      console.error(`cspViolation: ${entry}`);
    });
  });
}

const recorded = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

/** The first words of the current slide's notes, as the speaker view shows them. */
const notesStart = (page: Page) =>
  page.evaluate(() =>
    (window.Reveal.getSlideNotes() ?? '')
      .replace(/<[^>]+>/g, ' ')
      .trim()
      .split(/\s+/)
      .slice(0, 6)
      .join(' '),
  );

let violations: string[] = [];

test.beforeEach(async ({ context }) => {
  violations = watchViolations(context);
  await recordViolations(context);
});

test.afterEach(() => {
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});

test("the server sends the same policy the page carries, and it allows no inline script but the speaker view's", async ({ page }) => {
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header).toBe(meta);
  const scriptSources = /script-src ([^;]*)/.exec(header)?.[1]?.split(' ') ?? [];
  expect(scriptSources.filter((source) => source !== "'self'")).toHaveLength(1);
  expect(scriptSources[1]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
});

test("a walk through the deck, a scene's steps included, breaks no rule", async ({ page }) => {
  await openDeck(page);
  const scene = await page.evaluate(() => {
    const slide = document.querySelector('[data-scene]')?.closest('section');
    if (!slide) throw new Error('the deck places no scene');
    const { h, v } = window.Reveal.getIndices(slide);
    return { h, v: v ?? 0, steps: new Set([...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size };
  });
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await page.evaluate(({ h, v }) => {
    window.Reveal.slide(h, v, -1);
  }, scene);
  for (let step = 0; step <= scene.steps; step++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('section.present [data-scene] svg *').first()).toBeAttached();
  expect(await recorded(page)).toEqual([]);
});

test('print view breaks no rule', async ({ page }) => {
  await openDeck(page, '?print-pdf');
  expect(await page.evaluate(() => window.Reveal.isPrintView())).toBe(true);
  await expect(page.locator('.pdf-page').first()).toBeAttached();
  expect(await recorded(page)).toEqual([]);
});

test('the rehearsal dialog opens with R and breaks no rule', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('r');
  await expect(page.locator('dialog.rehearsal-dialog')).toBeVisible();
  expect(await recorded(page)).toEqual([]);
});

test("reveal's speaker view runs its inline script under the policy: notes, timer and the current slide", async ({ page, context }) => {
  await openDeck(page, '', '#/3');
  const firstNotes = await notesStart(page);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const notes = speaker.locator('.speaker-controls-notes');
  await expect(notes).toContainText(firstNotes, { timeout: 15_000 });
  await expect(speaker.locator('#connection-status')).toBeHidden();
  // The timer counts: the popup's script keeps running, not just its first lines.
  const timer = speaker.locator('.speaker-controls-time .timer');
  const before = await timer.textContent();
  await expect(timer).not.toHaveText(before ?? '', { timeout: 5_000 });
  await expect(speaker.locator('.speaker-controls-time .clock-value')).not.toHaveText('0:00 AM');

  await page.keyboard.press('ArrowRight');
  const where = await page.evaluate(() => window.Reveal.getIndices());
  await expect(notes).toContainText(await notesStart(page));
  // The current-slide preview is the deck again, in an iframe under the same policy: it follows the projector.
  const current = speaker.frameLocator('#current-slide iframe');
  await expect(current.locator('.reveal.ready')).toBeAttached();
  await expect
    .poll(() => speaker.locator('#current-slide iframe').evaluate((frame: HTMLIFrameElement) => frame.contentWindow?.Reveal.getIndices().h))
    .toBe(where.h);
  const frames = speaker.frames().filter((frame) => frame !== speaker.mainFrame());
  for (const frame of frames) expect(await frame.evaluate(() => window.cspViolations ?? [])).toEqual([]);
  expect(await recorded(page)).toEqual([]);
});
