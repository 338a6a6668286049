import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
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

/** The slides as compiled, the files they came from, and the class file's day (checked against them). */
interface Compiled {
  readonly deck: ReturnType<typeof loadDeck>['deck'];
  readonly files: readonly string[];
  readonly classDay: ClassDay;
}
type Outcome = { ok: true; value: Compiled } | { ok: false; error: unknown };

/**
 * One compile per build. Vite asks for the slides once per page and once for `virtual:deck`, and the single-file
 * build runs this plugin again from a fresh copy of the config: the cache lives on globalThis, keyed by every
 * input file's path, size and time, so an edited file compiles anew. A failed compile is kept too: each asker
 * reports the same error.
 */
const CACHE_KEY = Symbol.for('deck-slides.compiled');
type Cache = Map<string, Outcome>;
const cache: Cache = ((globalThis as Record<symbol, Cache | undefined>)[CACHE_KEY] ??= new Map<string, Outcome>());

function stamp(paths: readonly string[]): string {
  return paths
    .map((path) => {
      try {
        const { size, mtimeMs } = statSync(path);
        return `${path}:${size}:${mtimeMs}`;
      } catch {
        return `${path}:-`;
      }
    })
    .join('|');
}

/** The slides of one plugin instance, compiled anew on every ask in the dev server and once per build. */
function deckSource({ scenes, root, whyDayCannotHold, slidesDir, classFile }: Required<Omit<SlidesOptions, 'slides'>> & Paths) {
  let building = false;
  const compile = (): Compiled => {
    const { deck, files } = loadDeck(root, slidesDir, scenes);
    const metadata = deckMetadata(deck);
    const classDay = loadClassFile(root, classFile, (day) => whyDayCannotHold(metadata, day));
    return { deck, files, classDay };
  };
  return {
    setBuilding(value: boolean) {
      building = value;
    },
    /** The dev server compiles on every ask: an image added to assets/ changes what a slide may show. */
    compiled(): Compiled {
      if (!building) return compile();
      const key = `${root}\n${stamp([...listed(slidesDir).sort(), classFile])}\n${JSON.stringify(scenes)}`;
      let outcome = cache.get(key);
      if (!outcome) {
        try {
          outcome = { ok: true, value: compile() };
        } catch (error) {
          outcome = { ok: false, error };
        }
        cache.set(key, outcome);
      }
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
  };
}

interface Paths {
  readonly slidesDir: string;
  readonly classFile: string;
}

const listed = (dir: string): string[] => {
  try {
    return readdirSync(dir).map((f) => join(dir, f));
  } catch {
    return [];
  }
};

export function slidesPlugin({
  scenes,
  root = process.cwd(),
  whyDayCannotHold = () => undefined,
  slides = 'slides',
}: SlidesOptions): Plugin {
  const slidesDir = resolve(root, slides);
  const classFile = classFilePath(root, slidesDir);
  const assetsDir = join(root, 'assets');
  const source = deckSource({ scenes, root, whyDayCannotHold, slidesDir, classFile });
  return {
    name: 'deck-slides',
    configResolved(config) {
      source.setBuilding(config.command === 'build');
    },
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
        const { deck, files, classDay } = source.compiled();
        for (const file of [...files, classFile]) this.addWatchFile(file);
        return `export default ${JSON.stringify({ ...deckMetadata(deck), classDay })};`;
      } catch (error) {
        if (error instanceof SlideError) {
          const file = resolve(root, error.file);
          this.error({ message: error.message, id: file, loc: { file, line: error.line, column: 0 } });
        }
        throw error;
      }
    },
    transformIndexHtml: {
      // Before Vite's own pass over the page, so that the slides' images go through its asset pipeline.
      order: 'pre',
      handler(html) {
        try {
          return withSlides(html, () => source.compiled());
        } catch (error) {
          // The script's `virtual:deck` import reports the same error, in the build and in the dev overlay.
          if (error instanceof SlideError) return html;
          throw error;
        }
      },
    },
    configureServer(server) {
      reloadOnEdit(server, { slidesDir, classFile });
    },
  };
}

/** The page with its slides: index.html's as the deck with its notes, student.html's as pages without them. */
function withSlides(html: string, compiled: () => Compiled): string {
  const student = html.includes(STUDENT_HOLE);
  if (!student && !html.includes(SLIDES_HOLE)) return html;
  // The title is in the page before any script runs: tabs, bookmarks and the page opened from disk show it.
  const { deck, classDay } = compiled();
  const title = escapeHtml(pageTitle(deck.blocks[0]?.title ?? '', classDay));
  const page = student
    ? html.replace(STUDENT_HOLE, () => `<div class="student-slides">${fillClassTokens(studentMarkup(deck), classDay)}</div>`)
    : html.replace(SLIDES_HOLE, () => `<div class="slides">${fillClassTokens(deckMarkup(deck), classDay)}</div>${sourcesMarkup(deck)}`);
  return page.replace(/<title>[^<]*<\/title>/, () => `<title>${student ? 'Student view · ' : ''}${title}</title>`);
}

/** Editing a slide file or the class file reloads the open pages, which come back on the same slide. */
function reloadOnEdit(server: ViteDevServer, { slidesDir, classFile }: Paths): void {
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
}

const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
