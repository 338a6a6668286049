// Where the PDF goes, checked before the build and the export spend a minute on it.
import { accessSync, constants, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { WriteError } from '../atomic-write.mjs';

/** Most file systems take names of up to 255 bytes. */
const MAX_NAME_BYTES = 255;

/**
 * Why the PDF cannot be written at `out` (an absolute path), or undefined: said before the build and the export,
 * and without creating anything (`makeOutFolder` does, once the PDF is about to be written).
 * @param {string} out
 */
export function checkOut(out) {
  const shown = displayPath(out);
  if (Buffer.byteLength(basename(out)) > MAX_NAME_BYTES)
    return `--out ${shortened(shown)}: the file name is too long (at most ${MAX_NAME_BYTES} bytes)`;
  if (statOf(out)?.isDirectory())
    return `--out ${shown} is a folder: name the PDF inside it, such as ${displayPath(join(out, 'handout.pdf'))}`;
  const { at, stat } = nearestExisting(dirname(out));
  if (!stat.isDirectory()) return `--out ${shortened(shown)}: ${displayPath(at)} is a file, not a folder`;
  try {
    accessSync(at, constants.W_OK);
    // Made and taken away again: a folder that cannot be made (under /proc, say) is found now, and a refused
    // command leaves nothing behind.
    for (const folder of makeFolders(dirname(out)).reverse()) rmdirSync(folder);
  } catch (error) {
    const { syscall, path, code } = /** @type {NodeJS.ErrnoException} */ (error);
    if (syscall === 'mkdir' && path)
      return `--out ${shortened(shown)}: the folder ${displayPath(path)} cannot be created here (${code ?? ''})`;
    return new WriteError(shortened(shown), error).message.replace(/; nothing was changed there$/, '');
  }
  return undefined;
}

/** The folders `out` needs, created; a WriteError naming the path when they cannot be. @param {string} out */
export function makeOutFolder(out) {
  try {
    makeFolders(dirname(out));
  } catch (error) {
    throw new WriteError(displayPath(out), error);
  }
}

/**
 * Creates `folder` and its missing parents, one by one from the nearest existing one (Node's own recursive
 * mkdir never returns for some paths under /proc); returns those it created, outermost first.
 * @param {string} folder
 */
function makeFolders(folder) {
  const missing = [];
  for (let at = folder; !statOf(at); at = dirname(at)) missing.unshift(at);
  for (const each of missing) mkdirSync(each);
  return missing;
}

/** The nearest ancestor of `folder` (or itself) that exists; the root always does. @param {string} folder @returns {{ at: string, stat: import('node:fs').Stats }} */
function nearestExisting(folder) {
  for (let at = folder; ; at = dirname(at)) {
    const stat = statOf(at);
    if (stat || dirname(at) === at) return { at, stat: stat ?? statSync(at) };
  }
}

/** @param {string} path */
function statOf(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A path as the lecturer would type it: relative to where they are, when it is below. @param {string} path */
export function displayPath(path) {
  const here = relative(process.env.INIT_CWD ?? process.cwd(), path);
  return here && !here.startsWith('..') ? here : path;
}

/** @param {string} text */
const shortened = (text) => (text.length > 120 ? `${text.slice(0, 60)}…${text.slice(-40)}` : text);
