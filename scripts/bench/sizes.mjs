import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of the JS and CSS a built page loads. @param {string} dir */
export function assetSizes(dir) {
  const files = readdirSync(join(dir, 'assets'));
  const sum = (ext) =>
    files
      .filter((f) => f.endsWith(ext))
      .map((f) => readFileSync(join(dir, 'assets', f)))
      .reduce((acc, buf) => ({ raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length }), { raw: 0, gzip: 0 });
  return { js: sum('.js'), css: sum('.css') };
}
