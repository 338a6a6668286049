// Writing a file so that it is never seen half-written: the bytes go to a temporary file beside the target
// (same folder, so the same disk) and are renamed over it only once complete and flushed. A full disk, a
// missing permission or an interrupt leaves the previous file as it was. For the handout's PDF and for any
// state a Node process keeps (the class server's day).
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a system error code means to someone saving a file. */
const CAUSES = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'the disk reported an error',
};

/** A failed write, named by the file it was for and said in words; the previous file is untouched. */
export class WriteError extends Error {
  /** @param {string} path @param {unknown} cause */
  constructor(path, cause) {
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
    const words = CAUSES[/** @type {keyof typeof CAUSES} */ (code)] ?? (cause instanceof Error ? cause.message : String(cause));
    super(`cannot write ${path}: ${words}${code ? ` (${code})` : ''}; nothing was changed there`, { cause });
    this.name = 'WriteError';
    this.path = path;
    this.code = code;
  }
}

/** @param {string} path */
const tempBeside = (path) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);

/** @param {string} path @param {string | Uint8Array} data */
export async function writeFileAtomic(path, data) {
  const temp = tempBeside(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WriteError(path, error);
  }
}

/** The same, for code that cannot wait (a server saving its state as it changes). @param {string} path @param {string | Uint8Array} data */
export function writeFileAtomicSync(path, data) {
  const temp = tempBeside(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new WriteError(path, error);
  }
}
