/**
 * Navigation start to the deck's `deck-ready` mark, over fresh page loads (a new browser context each, so
 * nothing is cached), alternating between the pages so that machine noise hits both alike.
 * @param {import('@playwright/test').Browser} browser
 * @param {Record<string, string>} urls name -> page URL
 * @param {number} loads per page
 */
export async function readyTimes(browser, urls, loads) {
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  for (let i = 0; i < loads; i++) {
    for (const [name, url] of Object.entries(urls)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('deck-ready').length > 0);
      times[name].push(await page.evaluate(() => performance.getEntriesByName('deck-ready')[0].startTime));
      await context.close();
    }
  }
  return times;
}
