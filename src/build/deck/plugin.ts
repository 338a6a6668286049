import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pageTitle, type ClassDay } from '../../model/class-day.ts';
import type { PageBlocks } from '../../model/deck.ts';
import { classFilePath, loadClassFile } from './class-file.ts';
import { fillClassTokens } from './class-tokens.ts';
import { SlideError } from './errors.ts';
import type { SceneEntry } from './face.ts';
import { loadDeck } from './load.ts';
import { deckMarkup, deckMetadata } from './markup.ts';
import { sourcesMarkup } from './sources.ts';
import { STUDENT_HOLE, studentMarkup } from './student-markup.ts';

const PUBLIC_ID = 'virtual:deck';
const RESOLVED_ID = '\0virtual:deck';
/** Where index.html takes the slides. */
const SLIDES_HOLE = '<div class="slides"></div>';

/**
 * Puts the compiled slides into index.html and their metadata into `virtual:deck`. A bad slide file fails the build, and in the dev server shows
 * in Vite's error overlay, pointing at file:line. Editing a slide reloads the open deck on the same slide
 * (the URL hash keeps the position).
 */
export interface SlidesOptions {
  /** The scenes slides may place, as data: the compiler imports no scene code (vite.config.ts passes SCENE_CATALOG). */
  scenes: readonly SceneEntry[];
  /** The project folder holding slides/, assets/ and the class file. */
  root?: string;
  /** Why the slides cannot be taught in the class file's day (core's schedule, passed in as the scenes are). */
  whyDayCannotHold?: (deck: PageBlocks, day: ClassDay) => string | undefined;
  /** The slide files' folder, relative to `root`: slides/ unless a test builds an edited copy of the lecture. */
  slides?: string;
}

export function slidesPlugin({ scenes, root = process.cwd(), whyDayCannotHold, slides = 'slides' }: SlidesOptions): Plugin {
  const slidesDir = resolve(root, slides);
  const classFile = classFilePath(root, slidesDir);
  const assetsDir = join(root, 'assets');
  return {
    name: 'deck-slides',
    config() {
      // The slides' images stay files (fingerprinted, cached, one copy however often they are shown), not data: URLs.
      return { build: { assetsInlineLimit: (file: string) => (file.startsWith(assetsDir) ? false : undefined) } };
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      try {
        const { deck, files } = loadDeck(root, slidesDir, scenes);
        const metadata = deckMetadata(deck);
        const classDay = loadClassFile(root, classFile, whyDayCannotHold && ((day) => whyDayCannotHold(metadata, day)));
        for (const file of [...files, classFile]) this.addWatchFile(file);
        return `export default ${JSON.stringify({ ...metadata, classDay })};`;
      } catch (error) {
        if (error instanceof SlideError) {
          this.error({
            message: error.message,
            id: resolve(root, error.file),
            loc: { file: resolve(root, error.file), line: error.line, column: 0 },
          });
        }
        throw error;
      }
    },
    transformIndexHtml: {
      // Before Vite's own pass over the page, so that the slides' images go through its asset pipeline.
      order: 'pre',
      handler(html) {
        // student.html takes the same slides as pages, without speaker notes.
        const student = html.includes(STUDENT_HOLE);
        if (!student && !html.includes(SLIDES_HOLE)) return html;
        try {
          const { deck } = loadDeck(root, slidesDir, scenes);
          // The title is in the page before any script runs: tabs, bookmarks and the page opened from disk show it.
          const classDay = loadClassFile(root, classFile);
          const title = escapeHtml(pageTitle(deck.blocks[0]?.title ?? '', classDay));
          const page = student
            ? html.replace(STUDENT_HOLE, () => `<div class="student-slides">${fillClassTokens(studentMarkup(deck), classDay)}</div>`)
            : html.replace(
                SLIDES_HOLE,
                () => `<div class="slides">${fillClassTokens(deckMarkup(deck), classDay)}</div>${sourcesMarkup(deck)}`,
              );
          return page.replace(/<title>[^<]*<\/title>/, () => `<title>${student ? 'Student view · ' : ''}${title}</title>`);
        } catch (error) {
          // The script's `virtual:deck` import reports the same error, in the build and in the dev overlay.
          if (error instanceof SlideError) return html;
          throw error;
        }
      },
    },
    configureServer(server) {
      server.watcher.add([slidesDir, classFile]);
      const reload = (path: string) => {
        if (path !== classFile && (!path.startsWith(slidesDir) || !path.endsWith('.md'))) return;
        const graph = server.environments.client.moduleGraph;
        const mod = graph.getModuleById(RESOLVED_ID);
        if (mod) graph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
