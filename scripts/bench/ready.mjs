/**
 * Navigation start to a page's ready mark (the deck's `deck-ready`), over fresh page loads (a new browser context each, so
 * nothing is cached), alternating between the pages so that machine noise hits both alike.
 * @template {string} Name
 * @param {import('@playwright/test').Browser} browser
 * @param {Record<Name, string>} urls name -> page URL
 * @param {number} loads per page
 * @param {string} [mark] the performance mark each page sets when it is ready
 * @returns {Promise<Record<Name, number[]>>}
 */
export async function readyTimes(browser, urls, loads, mark = 'deck-ready') {
  const names = /** @type {Name[]} */ (Object.keys(urls));
  const times = /** @type {Record<Name, number[]>} */ (Object.fromEntries(names.map((k) => [k, /** @type {number[]} */ ([])])));
  for (let i = 0; i < loads; i++) {
    for (const name of names) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(urls[name]);
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
      times[name].push(await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN, mark));
      await context.close();
    }
  }
  return times;
}
