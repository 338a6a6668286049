/**
 * Navigation start to the deck's `deck-ready` mark, over fresh page loads (a new browser context each, so
 * nothing is cached), alternating between the pages so that machine noise hits both alike.
 * @template {string} Name
 * @param {import('@playwright/test').Browser} browser
 * @param {Record<Name, string>} urls name -> page URL
 * @param {number} loads per page
 * @returns {Promise<Record<Name, number[]>>}
 */
export async function readyTimes(browser, urls, loads) {
  const names = /** @type {Name[]} */ (Object.keys(urls));
  const times = /** @type {Record<Name, number[]>} */ (Object.fromEntries(names.map((k) => [k, /** @type {number[]} */ ([])])));
  for (let i = 0; i < loads; i++) {
    for (const name of names) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(urls[name]);
      await page.waitForFunction(() => performance.getEntriesByName('deck-ready').length > 0);
      times[name].push(await page.evaluate(() => performance.getEntriesByName('deck-ready')[0]?.startTime ?? NaN));
      await context.close();
    }
  }
  return times;
}
