import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/compiler/page/csp.ts';
import { palettePlugin } from './src/compiler/page/palette.ts';
import { afterNormalBuild } from './src/compiler/page/passes.ts';
import { PAGES_MODE, pageInput, pagesPass } from './src/compiler/page/pages-pass.ts';
import { portableDeck } from './src/compiler/page/portable.ts';
import { revealPatchPlugin } from './src/compiler/page/reveal-patch.ts';
import { deckLogger } from './src/compiler/deck/dev-logger.ts';
import { startChunkGroups } from './src/compiler/page/start-chunks.ts';
import { slidesPlugin } from './src/compiler/deck/plugin.ts';
import { whyDayCannotHold } from './src/core/agenda/holds.ts';
import { SCENE_CATALOG } from './src/core/scenes/registry.ts';

/** The whole deck in one HTML file, written beside dist/index.html by every build. */
const PORTABLE_FILE = 'vm-vs-docker.html';
/** The pages besides the deck, built in a pass of their own (see pages-pass.ts). */
const PAGES = ['student.html', 'remote.html'];
const pages = pagesPass(PAGES);
const portable = portableDeck(PORTABLE_FILE);

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: dist/ works from any sub-path and from a plain static file server.
  base: './',
  // A slide file mistake in `npm start`'s terminal: one line, file:line and the cause, never a code frame twice.
  customLogger: deckLogger(),
  plugins: [
    // The CSS's colours, as custom properties generated from src/model/palette.ts.
    palettePlugin(),
    // reveal.js, changed in two places so a slide change restyles and re-shows only what changes (see the file).
    revealPatchPlugin(),
    // SLIDES_DIR: another slides folder (with its own class.yaml), as the tests build an edited lecture.
    slidesPlugin({ scenes: SCENE_CATALOG, whyDayCannotHold, ...(process.env.SLIDES_DIR ? { slides: process.env.SLIDES_DIR } : {}) }),
    // The single file carries a policy of its own, with its inlined scripts' hashes.
    contentSecurityPolicy({ ownPolicy: [PORTABLE_FILE] }),
    afterNormalBuild([pages.pass, portable.pass]),
    pages.plugin,
    ...portable.plugins,
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      input: pageInput(mode, 'index.html', PAGES),
      // What a page needs before it answers comes in as few files as its entries allow: left to itself, the
      // bundler split the modules the lazy features share with the start into 17 small chunks, and on a slow
      // machine those requests, not the bytes, made the deck's start 1.3-1.5x a stock reveal.js page's.
      output: { codeSplitting: { groups: startChunkGroups(mode === PAGES_MODE ? undefined : 'deck-start') } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
