import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { expect, openDeck, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every code block of the deck, as where it is (slide h/v) and the text it shows; found in the deck, not listed. */
function codeBlocks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides pre > code')].map((code) => {
      const slide = code.closest<HTMLElement>('.slides section:not(.stack)');
      if (!slide) throw new Error('code outside a slide');
      const { h, v } = window.Reveal.getIndices(slide);
      return { h, v: v ?? 0, text: code.textContent };
    }),
  );
}

/** Shows slide h/v and returns the `index`th code block's pre, with its button. */
async function blockOn(page: Page, index: number, h: number, v: number) {
  await page.evaluate(
    ([hh, vv]) => {
      window.Reveal.slide(hh, vv);
    },
    [h, v] as const,
  );
  await page.waitForFunction(
    ([hh, vv]) => {
      const now = window.Reveal.getIndices();
      return now.h === hh && (now.v ?? 0) === vv;
    },
    [h, v] as const,
  );
  return page.locator('.reveal .slides pre:has(> code)').nth(index);
}

test.describe(() => {
  // This test injects the copy module's code into the started deck, which the deck's policy rightly blocks
  // (csp.spec checks the policy); the deck itself is the same.
  test.use({ bypassCSP: true });

  test('every code block in the live deck has one labelled copy button, and adding them again adds none', async ({ page }) => {
    await openDeck(page);
    const blocks = await codeBlocks(page);
    expect(blocks.length, 'code blocks found in the deck').toBeGreaterThan(10);
    const buttons = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides pre:has(> code)')].map((pre) =>
          [...pre.querySelectorAll(':scope > button.copy-button')].map((b) => ({
            type: b.getAttribute('type'),
            text: b.textContent,
            label: b.getAttribute('aria-label') ?? '',
          })),
        ),
      );
    for (const [i, found] of (await buttons()).entries()) {
      expect(found, `block ${String(i)}`).toHaveLength(1);
      expect(found[0]?.type).toBe('button');
      expect(found[0]?.text).toBe('Copy');
      // The accessible name starts with the visible word and says what is copied.
      expect(found[0]?.label).toMatch(/^Copy (command|\d+ commands|expected output|code)\b.*: \S/);
    }

    // The module itself, bundled as the deck bundles it, run a second and third time over the started deck.
    const bundle = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        lib: { entry: resolve('src/features/copy/copy-buttons.ts'), formats: ['iife'], name: 'copyButtons' },
      },
    });
    const output = (Array.isArray(bundle) ? bundle[0] : bundle) as Rolldown.RolldownOutput;
    await page.addScriptTag({ content: output.output[0].code });
    await page.evaluate(() => {
      const api = (window as unknown as { copyButtons: { addCopyButtons(root: ParentNode): void } }).copyButtons;
      api.addCopyButtons(document);
      api.addCopyButtons(document.querySelector('.reveal .slides') ?? document);
    });
    expect((await buttons()).map((found) => found.length)).toEqual(blocks.map(() => 1));
  });
});

test('each copy button puts exactly the text to type on the clipboard', async ({ page }) => {
  await openDeck(page);
  const blocks = await codeBlocks(page);
  test.setTimeout(30_000 + blocks.length * 1_000);
  for (const [i, block] of blocks.entries()) {
    const pre = await blockOn(page, i, block.h, block.v);
    const button = pre.locator(':scope > button.copy-button');
    await page.evaluate(() => navigator.clipboard.writeText('(stale)'));
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The deck's blocks show no prompts: the whole block is the command, less its final line break.
    expect(copied, `block ${String(i)} on slide ${String(block.h)}/${String(block.v)}`).toBe(block.text.replace(/\n$/, ''));
    expect(copied).not.toMatch(/^(\$|PS[^>\n]*>) /m);
    expect(copied).not.toContain('Copy');
  }
});

for (const [why, breakClipboard] of [
  [
    'refuses',
    () => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    },
  ],
  [
    'is missing',
    () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    },
  ],
] as const) {
  test(`when the clipboard ${why}, the code is selected and the button says which keys copy it`, async ({ page }) => {
    await openDeck(page);
    const [block] = await codeBlocks(page);
    if (!block) throw new Error('no code block in the deck');
    await page.evaluate(breakClipboard);
    const pre = await blockOn(page, 0, block.h, block.v);
    const button = pre.locator(':scope > button.copy-button');
    await button.click();
    await expect(button).toHaveText(/^Press (Ctrl\+C|⌘C)$/);
    await expect(pre.locator('[role=status]')).toContainText('the code is selected');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(block.text.replace(/\n$/, ''));
  });
}

test('no copy button covers code text on a 1280x720 projector, in either of its states, and no task line shrinks below 16px', async ({
  page,
}) => {
  await openDeck(page);
  const blocks = await codeBlocks(page);
  for (const [i, block] of blocks.entries()) {
    const pre = await blockOn(page, i, block.h, block.v);
    // A long line wraps rather than shrink past 4/5 of the 20px full size: at 12px it could not be read (m11).
    const size = await pre.evaluate((el) =>
      el.closest('.task-code') ? parseFloat(getComputedStyle(el.querySelector('code') ?? el).fontSize) : 20,
    );
    expect(size, `block ${String(i)} on slide ${String(block.h)}/${String(block.v)}`).toBeGreaterThanOrEqual(16);
    for (const state of ['Copy', 'Copied']) {
      const overlaps = await pre.evaluate((el, text) => {
        const button = el.querySelector<HTMLElement>(':scope > .copy-button');
        const code = el.querySelector(':scope > code');
        if (!button || !code) return ['no button or code'];
        button.textContent = text;
        const b = button.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(code);
        const hits = [...range.getClientRects()]
          .filter((r) => r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)
          .map(
            (r) =>
              `text at ${r.left.toFixed(0)},${r.top.toFixed(0)} to ${r.right.toFixed(0)}: button ${b.left.toFixed(0)} to ${b.right.toFixed(0)}`,
          );
        button.textContent = 'Copy';
        return hits;
      }, state);
      expect(overlaps, `block ${String(i)} on slide ${String(block.h)}/${String(block.v)}, "${state}"`).toEqual([]);
    }
  }
});

test('the printed deck (?print-pdf) has no copy buttons', async ({ page }) => {
  await openDeck(page, '?print-pdf');
  expect(await page.locator('.reveal pre > code').count()).toBeGreaterThan(10);
  expect(await page.locator('.copy-button, .copy-status').count()).toBe(0);
});

test('code arrives coloured from the build, each token in the colour made for its ground, and no highlighter ships', async ({ page }) => {
  const scripts = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f));
  expect(scripts.length, 'built scripts in dist/').toBeGreaterThan(0);
  for (const file of scripts) {
    const found = /shiki|vscode-textmate|createHighlighter|codeToTokens/i.exec(readFileSync(join('dist', file), 'utf8'));
    expect(found?.[0], `highlighter code in ${file}`).toBeUndefined();
  }

  await openDeck(page);
  const tokens = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (value: string) => {
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const found = [...document.querySelectorAll<HTMLElement>('.reveal .slides pre > code span[style]')].map((span) => {
      const light = span.closest('.task-expect') !== null;
      const wanted = span.style.getPropertyValue(light ? '--code-light' : '--code-dark');
      return { text: span.textContent, wanted: rgb(wanted), shown: getComputedStyle(span).color, light };
    });
    probe.remove();
    return found;
  });
  expect(tokens.length, 'coloured tokens in the deck').toBeGreaterThan(50);
  expect(new Set(tokens.map((t) => t.shown)).size, 'distinct token colours').toBeGreaterThanOrEqual(3);
  const wrong = tokens.filter((t) => t.shown !== t.wanted).map((t) => `"${t.text}" ${t.shown}, not ${t.wanted}`);
  expect(wrong).toEqual([]);
});
