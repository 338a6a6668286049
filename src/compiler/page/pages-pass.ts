import { join, relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { ConfigEnv, Plugin } from 'vite';
import { buildAgain, QUIET_CHECKS, type LaterPass } from './passes.ts';

/**
 * The pages besides the deck (the student view, the phone remote) are built in a pass of their own, after the
 * deck's. In one build, the modules they share with the deck's start went into a chunk of their own, and the deck
 * started from three scripts and two stylesheets; built alone, it starts from one of each, as a stock reveal.js
 * page does: 11-22 ms sooner to `ready` in four runs of 31 fresh loads by turns under Vite's preview server, and
 * 4-13 ms in two runs under a plain Node server. The price is that the modules they share are written twice, once
 * in each pass's files.
 */
export const PAGES_MODE = 'pages';

const inPagesPass = (_: unknown, env: ConfigEnv): boolean => env.mode === PAGES_MODE;

/** Rolldown's input for a build: the deck's page alone, or in the pages pass the other pages. */
export function pageInput(mode: string, deck: string, pages: readonly string[]): Record<string, string> {
  const names = mode === PAGES_MODE ? pages : [deck];
  return Object.fromEntries(names.map((page) => [page.replace(/\.html$/, ''), page]));
}

/** The pass itself, and its plugin: dist/ keeps the deck's files, and public/ is copied once. */
export function pagesPass(pages: readonly string[]): { pass: LaterPass; plugin: Plugin } {
  return {
    pass: {
      mode: PAGES_MODE,
      async run(config) {
        const outDir = await buildAgain(config, PAGES_MODE);
        const sizes = pages.map(
          (page) =>
            `${relative(config.root, join(outDir, page))} ${(gzipSync(readFileSync(join(outDir, page))).length / 1000).toFixed(2)} kB gzip`,
        );
        config.logger.info(`${sizes.join(', ')}  (built on their own, so that the deck starts from one script)`);
      },
    },
    plugin: {
      name: 'deck-pages-pass',
      apply: inPagesPass,
      config: () => ({ build: { emptyOutDir: false, copyPublicDir: false, rolldownOptions: { checks: QUIET_CHECKS } } }),
    },
  };
}
