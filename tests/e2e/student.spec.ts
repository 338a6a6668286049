import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCENES } from '../../src/core/scenes/registry';
import { expect, test } from './fixtures';

const UNIT_SECONDS: Record<string, number> = { h: 3600, min: 60, s: 1 };
/** Seconds in a count as the deck writes it ("13 min 51 s"); NaN for anything else. */
const secondsOfCount = (text: string): number => {
  const parts = [...text.matchAll(/(\d+) (h|min|s)\b/g)];
  return parts.length === 0 ? NaN : parts.reduce((sum, [, n, unit]) => sum + Number(n) * (UNIT_SECONDS[unit ?? ''] ?? NaN), 0);
};

/**
 * The student view (student.html) on the built deck, at a phone's 390x844 and a laptop's 1280x800: every slide of
 * the deck as a page, no speaker notes anywhere, no text under 14px, scene labels included, the block the
 * class clock is in with its countdown, a practice's task sheet first, and links to a slide.
 */

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

/** Every step's caption of every scene: the pictures' own words, which a note may repeat and students may read. */
const CAPTIONS = [...SCENES.values()].flatMap((scene) => Array.from({ length: scene.steps + 1 }, (_, i) => scene.caption(i - 1)));

/** A note's words as they stand in a script or a page: the first words of every note long enough to be unique. */
function noteExcerpts(): string[] {
  const deck = readFileSync('dist/index.html', 'utf8');
  if (!deck.includes('class="notes"')) throw new Error('dist/index.html has no notes: build the deck first (npm run build)');
  return [...deck.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .flatMap((text) => text.split(/&[a-z#0-9]+;|[“”’‘]/))
    .map((part) => part.trim().slice(0, 40))
    .filter((part) => part.length >= 40 && !CAPTIONS.some((caption) => caption.includes(part)));
}

/** Every script student.html loads, and every chunk those import, read from dist/. */
function studentScripts(): Map<string, string> {
  const seen = new Map<string, string>();
  const html = readFileSync('dist/student.html', 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    const text = readFileSync(`dist/${file}`, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(`assets/${m[1] ?? ''}`);
  }
  return seen;
}

async function openStudent(page: Page, query = '', hash = ''): Promise<void> {
  await page.goto(`./student.html${query}${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
}

/** Clock times "HH:MM" of each block's head, with the block's kind, from the page's block bands. */
async function blockTimes(page: Page): Promise<{ id: string; kind: string; start: string; end: string }[]> {
  await openStudent(page, '?start=09:00&end=15:00');
  return page.$$eval('.block[data-block]', (blocks) =>
    blocks.map((b) => {
      const [start = '', end = ''] = (b.querySelector('.block-when')?.textContent ?? '').split('–');
      return { id: (b as HTMLElement).dataset.block ?? '', kind: (b as HTMLElement).dataset.kind ?? '', start, end };
    }),
  );
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Text smaller than `floor` px as drawn (computed size times any scaling), outside the scenes' SVG. */
function smallText(page: Page, floor: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('svg')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      // Drawn size over layout size: a scaled canvas (reveal's) shows here. offsetHeight is rounded to whole
      // pixels, so a ratio within 5% of 1 is that rounding, not a scale.
      const ratio = element.offsetHeight > 0 ? rect.height / element.offsetHeight : 1;
      const scale = Math.abs(ratio - 1) < 0.05 ? 1 : ratio;
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (size < min - 0.01)
        small.push(
          `${size.toFixed(1)}px <${element.tagName.toLowerCase()} class="${element.className}">: ${node.textContent.trim().slice(0, 40)}`,
        );
    }
    return small;
  }, floor);
}

for (const viewport of VIEWPORTS) {
  test.describe(`student view at ${viewport.name} ${String(viewport.width)}x${String(viewport.height)}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("every slide of the built deck is a page, with the slide's heading", async ({ page }) => {
      await openStudent(page);
      const missing = await page.evaluate(async () => {
        const deck = new DOMParser().parseFromString(await (await fetch('index.html')).text(), 'text/html');
        const slides = [...deck.querySelectorAll<HTMLElement>('section[data-block][data-slide-index]')];
        if (slides.length === 0) return ['the built deck has no slides'];
        return slides.flatMap((slide) => {
          const { block = '', slideIndex = '' } = slide.dataset;
          const heading = slide.querySelector('h1, h2')?.textContent ?? '';
          const page = document.querySelector(`.student-slides .page[data-block="${block}"][data-slide-index="${slideIndex}"]`);
          const shown = page?.querySelector('h1, h2')?.textContent ?? null;
          return shown === heading && page?.checkVisibility()
            ? []
            : [`${block}/${slideIndex} "${heading}": ${shown === null ? 'no page' : `shows "${shown}"`}`];
        });
      });
      expect(missing).toEqual([]);
    });

    test('no text under 14px and no sideways page scroll, in the lecture and in a practice', async ({ page }) => {
      const times = await blockTimes(page);
      const lecture = times.find((b) => b.kind === 'lecture');
      const practice = times.find((b) => b.kind === 'practice');
      if (!lecture || !practice) throw new Error('the deck has no lecture or no practice block');
      for (const block of [lecture, practice]) {
        await openStudent(page, `?start=09:00&end=15:00&now=${clockOf(minutesOf(block.start) + 5)}`);
        await page.locator('.student-agenda summary').click();
        expect(await smallText(page, 14), `at ${block.id}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `page scrolls sideways at ${block.id}`).toBeLessThanOrEqual(0);
      }
    });

    test('every command shows whole: no code block scrolls or cuts, no Copy button lies over code', async ({ page }) => {
      // A practice's time, so its task sheet is drawn too, with its own buttons.
      const practice = (await blockTimes(page)).find((b) => b.kind === 'practice');
      if (!practice) throw new Error('the deck has no practice block');
      await openStudent(page, `?start=09:00&end=15:00&now=${clockOf(minutesOf(practice.start) + 5)}`);
      const problems = await page.$$eval('pre > code', (codes) =>
        codes.flatMap((code) => {
          if (!code.checkVisibility()) return [];
          const found: string[] = [];
          const name = code.textContent.trim().slice(0, 40);
          if (code.scrollWidth > code.clientWidth + 1 || code.scrollLeft > 0) found.push(`cut: ${name}`);
          const button = code.parentElement?.querySelector('.copy-button')?.getBoundingClientRect();
          if (!button) return found;
          // Each visible character's box (spaces that hang past a wrapped line's end are no text to cover).
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i++) {
              if (/\s/.test(text[i] ?? '')) continue;
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const r = range.getBoundingClientRect();
              if (r.left < button.right && button.left < r.right && r.top < button.bottom && button.top < r.bottom) {
                found.push(`Copy over "${text[i] ?? ''}" of: ${name}`);
                return found;
              }
            }
          }
          return found;
        }),
      );
      expect(await page.locator('pre > code').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    test('every scene fits the screen, shows its last step with its caption, and zoomed where it must be, every label of every step is 14px or more as drawn', async ({
      page,
    }) => {
      await openStudent(page);
      const sideways = await page.$$eval('.student-slides .scene-scroll', (scrollers) =>
        scrollers.filter((s) => s.scrollWidth > s.clientWidth + 1).map((s) => s.closest<HTMLElement>('.scene')?.dataset.scene),
      );
      expect(sideways, 'scenes wider than the screen before zooming').toEqual([]);
      for (const zoom of await page.locator('.student-slides .scene-zoom:visible').all()) await zoom.click();
      const scenes = await page.$$eval('.student-slides .scene[data-scene]', (elements) =>
        elements.map((element) => {
          const scene = element as HTMLElement;
          const status = element.querySelector('.scene-status')?.textContent ?? '';
          const shown = { step: scene.dataset.step ?? '', status, caption: element.querySelector('.scene-caption')?.textContent ?? '' };
          const steps = Number(/of (\d+)$/.exec(status)?.[1]);
          // Each step drawn as the Back/Next buttons draw it, without motion, and every label of it measured:
          // computed size times the SVG's scale on screen.
          const small: string[] = [];
          let labels = 0;
          for (let step = -1; step < steps; step++) {
            element.dispatchEvent(new CustomEvent('scene-step', { detail: { step, animate: false } }));
            for (const text of element.querySelectorAll('svg text')) {
              const box = (text as SVGTextElement).getBBox();
              if (box.height === 0 || !text.textContent.trim()) continue;
              labels++;
              const size = parseFloat(getComputedStyle(text).fontSize) * (text.getBoundingClientRect().height / box.height);
              if (size < 13.99) small.push(`step ${String(step)}: ${size.toFixed(1)}px "${text.textContent.trim().slice(0, 30)}"`);
            }
          }
          element.dispatchEvent(new CustomEvent('scene-step', { detail: { step: steps - 1, animate: false } }));
          return { id: scene.dataset.scene ?? '', steps, labels, small, ...shown };
        }),
      );
      const placed = [...readFileSync('dist/student.html', 'utf8').matchAll(/data-scene="([^"]+)"/g)].map((m) => m[1]);
      expect(scenes.map((s) => s.id)).toEqual(placed);
      for (const scene of scenes) {
        expect(scene.step, scene.id).toBe(String(scene.steps - 1));
        expect(scene.caption.length, scene.id).toBeGreaterThan(10);
        expect(scene.labels, scene.id).toBeGreaterThan(scene.steps);
        expect(scene.small, `${scene.id}: labels under 14px`).toEqual([]);
      }
    });

    test('the block the class clock is in, with its countdown; a practice puts its task sheet first', async ({ page }) => {
      const times = await blockTimes(page);
      const lecture = times.find((b) => b.kind === 'lecture');
      const practice = times.find((b) => b.kind === 'practice');
      if (!lecture || !practice) throw new Error('the deck has no lecture or no practice block');

      for (const block of [lecture, practice]) {
        const now = minutesOf(block.start) + 5;
        await openStudent(page, `?start=09:00&end=15:00&now=${clockOf(now)}`);
        const header = page.locator('.student-now');
        const title = await page.locator(`.block[data-block="${block.id}"] .block-name`).textContent();
        await expect(header.locator('.now-name')).toHaveText(title ?? '');
        await expect(page.locator(`.block[data-block="${block.id}"]`)).toHaveAttribute('data-current', '');
        const count = (await header.locator('.now-main').textContent()) ?? '';
        const left = secondsOfCount(count);
        const expected = (minutesOf(block.end) - now) * 60;
        // The clock starts when the page does; a slow machine takes seconds to get here.
        expect(Math.abs(left - expected), `countdown ${count} in ${block.id}`).toBeLessThanOrEqual(15);
        await expect(header.locator('.now-label')).toContainText(`ends ${block.end}`);
      }

      // Still at the practice: its task sheet comes first, every task of the block in it, a copy button on every command.
      const sheet = page.locator('.student-tasks');
      await expect(sheet).toBeVisible();
      const first = await page.evaluate(() => {
        const main = document.querySelector('main');
        return [...(main?.children ?? [])].find((child) => child.checkVisibility())?.className;
      });
      expect(first).toBe('student-tasks');
      const pagesTasks = await page.locator(`.page[data-block="${practice.id}"] .task .task-title`).allTextContents();
      expect(pagesTasks.length).toBeGreaterThan(0);
      await expect(sheet.locator('.task .task-title')).toHaveText(pagesTasks);
      const commands = sheet.locator('.task-do pre');
      expect(await commands.count()).toBeGreaterThan(0);
      for (const command of await commands.all()) {
        await expect(command.locator('xpath=..').getByRole('button', { name: /copy/i })).toHaveCount(1);
      }
      // The sheet's buttons are its own, not dead copies of the pages' buttons.
      const button = sheet.getByRole('button', { name: /copy/i }).first();
      await button.click();
      await expect(button).toHaveAttribute('data-state', /copied|select/);
    });

    test('outside a practice there is no task sheet, though a demo has tasks too', async ({ page }) => {
      const others = (await blockTimes(page)).filter((b) => b.kind !== 'practice' && b.start !== '');
      expect(others.length).toBeGreaterThan(0);
      for (const block of others) {
        await openStudent(page, `?start=09:00&end=15:00&now=${clockOf(minutesOf(block.start) + 1)}`);
        await expect(page.locator('.student-now .now-name')).toHaveText(
          await page.locator(`.block[data-block="${block.id}"] .block-name`).innerText(),
        );
        await expect(page.locator('.student-tasks'), block.id).toBeHidden();
      }
    });

    test("a link to a page, and the deck's own link to a slide, scroll to it", async ({ page }) => {
      await openStudent(page);
      const ids = await page.$$eval('.student-slides .page', (pages) => pages.map((p) => p.id));
      const target = ids[Math.floor(ids.length * 0.6)] ?? '';
      const atTop = (selector: string) =>
        page.evaluate((s) => {
          const top = document.querySelector(s)?.getBoundingClientRect().top ?? NaN;
          const header = document.querySelector('.student-now')?.getBoundingClientRect().bottom ?? 0;
          return top >= header - 1 && top <= header + 24;
        }, selector);
      for (const hash of [`#/${target}`, `#${target}`]) {
        await openStudent(page, '', hash);
        expect(await atTop(`#${target}`), hash).toBe(true);
      }

      // A deck link past a break slide: the break moves every later slide's index in the deck, not on the page.
      await page.goto('./?break=10:40-10:50');
      await page.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
      const deckLink = await page.evaluate(() => {
        const slides = window.Reveal.getSlides();
        const gap = slides.findIndex((s) => s.dataset.block === 'break');
        const slide = slides[gap + 1];
        if (gap < 0 || !slide) return null;
        const { h, v } = window.Reveal.getIndices(slide);
        // Reveal leaves v undefined on a slide without vertical ones, whatever its types say.
        return {
          hash: `#/${String(h)}/${String(Number.isInteger(v) ? v : 0)}`,
          block: slide.dataset.block ?? '',
          index: slide.dataset.slideIndex ?? '',
        };
      });
      if (!deckLink) throw new Error('the deck shows no slide after a break');
      await openStudent(page, '?break=10:40-10:50', deckLink.hash);
      expect(await atTop(`.page[data-block="${deckLink.block}"][data-slide-index="${deckLink.index}"]`), deckLink.hash).toBe(true);
    });
  });
}

test('no speaker notes: not in the page, not in its HTML file, not in its scripts', async ({ page }) => {
  const excerpts = noteExcerpts();
  expect(excerpts.length).toBeGreaterThan(50);
  const html = readFileSync('dist/student.html', 'utf8');
  expect(html).not.toMatch(/class="[^"]*\bnotes\b/);
  expect(excerpts.filter((e) => html.includes(e))).toEqual([]);
  const scripts = studentScripts();
  expect(scripts.size).toBeGreaterThan(0);
  const leaks = [...scripts].flatMap(([file, text]) => excerpts.filter((e) => text.includes(e)).map((e) => `${file}: ${e}`));
  expect(leaks).toEqual([]);

  await openStudent(page);
  expect(await page.locator('.notes, aside.notes').count()).toBe(0);
  const text = await page.evaluate(() => document.body.textContent);
  expect(excerpts.filter((e) => text.includes(e))).toEqual([]);
  // The page loads nothing of reveal.js: it does not need it.
  expect(await page.evaluate(() => 'Reveal' in window)).toBe(false);
});
