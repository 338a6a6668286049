import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { exportHandout } from '../../scripts/handout/export.mjs';
import { plannedDay } from './day-plan';
import { expect, openDeck, test } from './fixtures';

/**
 * The handout as a screen reader's PDF: tagged (poppler says so), a bookmark per slide in the outline (pdf.js
 * reads it), headings as headings, each scene's picture a Figure whose alt text says what it shows, the title
 * and language of the page. What to expect is read from the built deck.
 */
interface Node {
  role?: string;
  alt?: string;
  children?: Node[];
}
interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

function walk(node: Node | null, visit: (node: Node) => void): void {
  if (!node) return;
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
const flat = (items: OutlineItem[] | null): string[] => (items ?? []).flatMap((i) => [i.title, ...flat(i.items)]);

test('the handout is tagged, with a bookmark per block and under it one per slide, headings, alt text for each scene, its title and language', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDeck(page);
  const deck = await page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    headings: window.Reveal.getSlides().map((s) => s.querySelector('h1, h2')?.textContent.trim() ?? ''),
    slides: window.Reveal.getSlides().map((s) => ({
      block: s.dataset.block ?? '',
      heading: s.querySelector('h1, h2')?.textContent.trim() ?? '',
    })),
    scenes: [...document.querySelectorAll('.reveal .slides .scene-svg > title')].map((t) => t.textContent),
  }));
  expect(deck.headings.every((h) => h !== '')).toBe(true);
  expect(deck.scenes.length).toBeGreaterThan(0);

  const pdf = join(mkdtempSync(join(tmpdir(), 'tagged-')), 'handout.pdf');
  await exportHandout({ out: pdf });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/^Tagged:\s+yes$/m);

  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
  const { info: meta } = (await doc.getMetadata()) as { info: { Title?: string; Language?: string } };
  expect(meta.Title).toBe(deck.title);
  expect(meta.Language).toBe(deck.lang);

  const outline = (await doc.getOutline()) as OutlineItem[];
  const bookmarks = flat(outline);
  expect(bookmarks.length).toBeGreaterThanOrEqual(deck.headings.length);
  const missing = deck.headings.filter((h) => !bookmarks.includes(h));
  expect(missing, 'slides without a bookmark').toEqual([]);
  // A bookmark per block at the top level, each of its slides nested under it (a block a break splits has one per part).
  const blocks = new Map(plannedDay().plan.schedule.blocks.map((b) => [b.id, b.title]));
  const inBlocks = deck.slides.filter((slide) => blocks.has(slide.block));
  expect(inBlocks.length).toBeGreaterThan(blocks.size);
  const unnested = inBlocks
    .filter((slide) => !outline.some((top) => top.title === blocks.get(slide.block) && flat(top.items).includes(slide.heading)))
    .map((slide) => `${slide.block}: ${slide.heading}`);
  expect(unnested, 'slides not under their block').toEqual([]);

  const roles = new Map<string, number>();
  const alts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    walk((await (await doc.getPage(p)).getStructTree()) as Node, (node) => {
      if (node.role) roles.set(node.role, (roles.get(node.role) ?? 0) + 1);
      if (node.role === 'Figure' && node.alt) alts.push(node.alt);
    });
  }
  const headings = [...roles].filter(([role]) => /^H[1-6]$/.test(role)).reduce((n, [, c]) => n + c, 0);
  expect(headings, 'headings in the structure tree').toBeGreaterThanOrEqual(deck.headings.length);
  // Each scene's picture: its name, then what it shows.
  for (const title of deck.scenes)
    expect(
      alts.some((alt) => alt.startsWith(`${title}. Shows `)),
      `alt text for ${title}`,
    ).toBe(true);
  await doc.destroy();
});
