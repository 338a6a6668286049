import { expect, openDeck, test } from './fixtures';

test('every image on a slide comes from dist/assets, fingerprinted, loads and fits its slide', async ({ page }) => {
  await openDeck(page);
  const images = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('.slides section img')].map((img, index) => {
      const section = img.closest('section');
      const { h, v } = section ? window.Reveal.getIndices(section) : { h: 0, v: 0 };
      return { index, src: img.getAttribute('src') ?? '', h, v: v ?? 0 };
    }),
  );
  expect(images.length, 'the deck shows at least one image').toBeGreaterThan(0);
  for (const image of images) {
    expect(image.src, 'a built asset URL').toMatch(/^\.\/assets\/[\w-]+-[\w-]{8}\.\w+$/);
    await page.evaluate(({ h, v }) => {
      window.Reveal.slide(h, v);
    }, image);
    const img = page.locator('.slides section img').nth(image.index);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { message: image.src }).toBe(true);
    const [box, slide] = await Promise.all([img.boundingBox(), page.locator('.reveal .slides').boundingBox()]);
    expect(box && slide && box.y + box.height <= slide.y + slide.height + 1, `${image.src} ends inside the slide`).toBe(true);
  }
});

test('public/ is served as it is: the favicon the page names, and robots.txt', async ({ page, request }) => {
  await openDeck(page);
  const icon = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
  const favicon = await request.get(icon);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('image/svg+xml');
  expect((await request.get('./robots.txt')).status()).toBe(200);
});
