import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileSlideFile } from './compile.ts';
import { SlideError } from './errors.ts';
import type { DeckModel } from './model.ts';

/** Every `slides/*.md` file in name order (the number prefix sets class order), compiled into one deck. */
export function loadDeck(root: string, dir = join(root, 'slides')): { deck: DeckModel; files: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new SlideError(relative(root, dir), 1, 'no slide files (*.md) found');
  const blocks = files.map((path) => compileSlideFile(relative(root, path), readFileSync(path, 'utf8')));
  const seen = new Map<string, string>();
  for (const block of blocks) {
    const other = seen.get(block.id);
    if (other !== undefined) throw new SlideError(block.file, 2, `block id "${block.id}" is already used by ${other}`);
    seen.set(block.id, block.file);
  }
  return { deck: { blocks }, files };
}
