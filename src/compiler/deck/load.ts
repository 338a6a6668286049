import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDeck } from './check-deck.ts';
import { compileSlideSource } from './compile.ts';
import type { SceneEntry } from './face.ts';
import { decodeSlideFile } from './decode.ts';
import { SlideError } from './errors.ts';
import type { DeckModel } from '../../model/deck.ts';

/** A slide file's name: `.md` in any case, so that `08-x.MD` from a case-blind file system is not left out unseen. */
export const SLIDE_FILE = /\.md$/i;

/**
 * Every `slides/*.md` file in name order (the number prefix sets class order), compiled into one deck; slides
 * may place the `scenes` given (names and step counts).
 */
export function loadDeck(
  root: string,
  dir = join(root, 'slides'),
  scenes: readonly SceneEntry[] = [],
): { deck: DeckModel; files: string[] } {
  const files = readdirSync(dir)
    .filter((f) => SLIDE_FILE.test(f))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new SlideError(relative(root, dir), 1, 'no slide files (*.md) found');
  // Images resolve against index.html, in the project folder; Vite serves public/ at the site's root.
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  const assetExists = (path: string) => isFile(join(root, path)) || isFile(join(root, 'public', path));
  const blocks = files.map((path) => {
    const file = relative(root, path);
    if (statSync(path).isDirectory()) {
      throw new SlideError(file, 1, 'this is a folder, not a slide file: move what it holds into slides/ as .md files, or rename it');
    }
    return compileSlideSource(file, decodeSlideFile(file, readFileSync(path)), { assetExists, scenes });
  });
  checkDeck(blocks);
  return { deck: { blocks: blocks.map((b) => b.block) }, files };
}
