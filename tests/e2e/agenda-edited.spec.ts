import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { agendaTests, test } from './agenda-checks';
import { expect } from './fixtures';
import { pageDeck, plannedDay } from './day-plan';

/**
 * What a lecturer does every term: one slide's `Note (N min)` changed. The real slides are copied, the first
 * timed slide of the first file gets 3 minutes more, the deck is built from the copy (SLIDES_DIR, as
 * vite.config.ts reads it) and served, and the agenda tests whose expectations depend on the lecture run on it
 * unchanged: they expect what its plan says, so they hold.
 */
const edited = test.extend<object, { editedDeck: { url: string; slides: string } }>({
  editedDeck: [
    // Playwright reads a fixture's dependencies from this pattern: none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'edited-lecture-'));
      const slides = join(dir, 'slides');
      cpSync('slides', slides, { recursive: true });
      const [first] = readdirSync(slides)
        .filter((f) => f.endsWith('.md'))
        .sort();
      if (!first) throw new Error('slides/ has no slide file');
      const file = join(slides, first);
      const source = readFileSync(file, 'utf8');
      const changed = source.replace(/Note \((\d+) min\)/, (_, minutes: string) => `Note (${String(Number(minutes) + 3)} min)`);
      expect(changed, `${first} has a timed slide`).not.toBe(source);
      writeFileSync(file, changed);

      const outDir = join(dir, 'dist');
      const before = process.env.SLIDES_DIR;
      process.env.SLIDES_DIR = slides;
      try {
        await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
      } finally {
        if (before === undefined) delete process.env.SLIDES_DIR;
        else process.env.SLIDES_DIR = before;
      }
      const server = await preview({ logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('the edited deck is not served');
      await use({ url, slides });
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  slides: [
    async ({ editedDeck }, use) => {
      await use(editedDeck.slides);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ editedDeck }, use) => {
    await use(editedDeck.url);
  },
});

// One build, in one worker.
edited.describe.configure({ mode: 'default' });

edited('the edited lecture moves the day: the practice after it starts 3 minutes later', ({ slides }) => {
  const real = plannedDay('', pageDeck('slides'));
  const moved = plannedDay('', pageDeck(slides));
  expect(moved.span(moved.practice).start).toBe(real.span(real.practice).start + 3);
});

agendaTests(edited, { clockOnly: true });
