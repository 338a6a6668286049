import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string[]} files */
const bytes = (files) =>
  files
    .map((f) => readFileSync(f))
    .reduce((acc, buf) => ({ raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length }), { raw: 0, gzip: 0 });

/**
 * Raw and gzip bytes of a built page: the JS it loads before it can start (the entry and its modulepreloads),
 * all of its JS (with chunks loaded later: scenes, print layout, rehearsal dialog), its CSS and its HTML.
 * @param {string} dir @param {string} [page] the page's HTML file in `dir`
 */
export function assetSizes(dir, page = 'index.html') {
  const html = readFileSync(join(dir, page), 'utf8');
  const assets = readdirSync(join(dir, 'assets'));
  const startup = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].flatMap((m) => (m[1] ? [join(dir, 'assets', m[1])] : []));
  return {
    startJs: bytes(startup),
    js: bytes(assets.filter((f) => f.endsWith('.js')).map((f) => join(dir, 'assets', f))),
    css: bytes(assets.filter((f) => f.endsWith('.css')).map((f) => join(dir, 'assets', f))),
    html: bytes([join(dir, page)]),
  };
}

/** Raw and gzip bytes of one file. @param {string} file */
export const fileSize = (file) => bytes([file]);
