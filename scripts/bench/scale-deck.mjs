// A deck `factor` times the lecture's size, made of copies of its real slide files: the same blocks, scenes,
// tasks and countdowns, each copy with its own block ids.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Copy i of a slide file. A day has one block that runs "until N minutes before the end": the copies before the
 * last get a fixed length instead, so the build accepts the day.
 * @param {string} text @param {number} copy @param {boolean} last
 */
export function copySlideFile(text, copy, last) {
  let out = text.replace(/^block: *(.+)$/m, (_, id) => `block: ${id.trim()}-${copy + 1}`);
  out = out.replace(/^title: *(.+)$/m, (_, title) => `title: ${title.trim()} (${copy + 1})`);
  if (!last) out = out.replace(/^until-before-end: *\d+$/m, 'minutes: 30').replace(/^min-minutes: *\d+\n/m, '');
  return out;
}

/**
 * Writes `factor` copies of every slide file under `from` into `<root>/slides`, in class order (copy by copy).
 * @param {string} from slides directory of the real deck @param {string} root @param {number} factor
 */
export function writeScaledDeck(from, root, factor) {
  const dir = join(root, 'slides');
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(from)
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let copy = 0; copy < factor; copy++) {
    for (const file of files) {
      writeFileSync(
        join(dir, `${String(copy).padStart(2, '0')}-${file}`),
        copySlideFile(readFileSync(join(from, file), 'utf8'), copy, copy === factor - 1),
      );
    }
  }
  // The class day (labels, times) is the lecture's own: the deck does not build without it.
  copyFileSync(join(from, 'class.yaml'), join(dir, 'class.yaml'));
  // Slides name their images relative to the project: the copies need the lecture's assets beside them.
  const assets = join(dirname(from), 'assets');
  if (existsSync(assets)) cpSync(assets, join(root, 'assets'), { recursive: true });
  return dir;
}
