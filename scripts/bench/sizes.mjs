// What the built pages weigh, raw and gzip: start-up JS, all JS, CSS, HTML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { row, verdict } from './figures.mjs';
import { fixed, table } from './stats.mjs';

/** @param {string[]} files */
const bytes = (files) =>
  files
    .map((f) => readFileSync(f))
    .reduce((acc, buf) => ({ raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length }), { raw: 0, gzip: 0 });

/** Files of `assets/` a page's HTML names. */
const ASSET_IN_HTML = /(?:src|href)="\.\/assets\/([^"]+\.(?:js|css))"/g;
/** Files a chunk imports or preloads, named relative to it (`"./x.js"`: its own folder, assets/). */
const ASSET_IN_CHUNK = /["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g;

/**
 * Every file of `assets/` a page can load: what its HTML names, and what those chunks import or preload, to the
 * end. The student view and the remote are built in a pass of their own, so dist/ holds a second copy of the
 * chunks they share with the deck: counting the folder would count them twice.
 * @param {string} dir @param {string} html
 */
function reachable(dir, html) {
  const found = new Set([...html.matchAll(ASSET_IN_HTML)].flatMap((m) => (m[1] ? [m[1]] : [])));
  for (const file of found) {
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(join(dir, 'assets', file), 'utf8').matchAll(ASSET_IN_CHUNK)) if (m[1]) found.add(m[1]);
  }
  return [...found].map((f) => join(dir, 'assets', f));
}

/**
 * Raw and gzip bytes of a built page: the JS it loads before it can start (the entry and its modulepreloads),
 * all of its JS (with chunks loaded later: scenes, print layout, rehearsal dialog), its CSS and its HTML.
 * @param {string} dir @param {string} [page] the page's HTML file in `dir`
 */
export function assetSizes(dir, page = 'index.html') {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = reachable(dir, html);
  const startup = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].flatMap((m) => (m[1] ? [join(dir, 'assets', m[1])] : []));
  return {
    startJs: bytes(startup),
    js: bytes(files.filter((f) => f.endsWith('.js'))),
    css: bytes(files.filter((f) => f.endsWith('.css'))),
    html: bytes([join(dir, page)]),
  };
}

/** Raw and gzip bytes of one file. @param {string} file */
export const fileSize = (file) => bytes([file]);

/** @param {number} bytes */
const kb = (bytes) => fixed(bytes / 1024);

/** @param {string} name @param {ReturnType<typeof assetSizes>} s */
const sizeLine = (name, s) => [name, ...[s.startJs.raw, s.startJs.gzip, s.js.raw, s.js.gzip, s.css.raw, s.css.gzip, s.html.gzip].map(kb)];

/** What the built pages weigh: the deck and stock reveal.js (built by the bench first), the student page, the single file. */
function runSizes() {
  const ours = assetSizes('dist');
  const stock = assetSizes('bench-results/stock');
  const student = assetSizes('dist', 'student.html');
  const single = existsSync('dist/vm-vs-docker.html') ? fileSize('dist/vm-vs-docker.html') : undefined;
  // The ink's stroke library arrives only when ink is first drawn or shown: outside the start-up figure.
  const freehandGzip = gzipSync(readFileSync('node_modules/perfect-freehand/dist/esm/index.mjs'), { level: 9 }).length;
  console.log('\nBuilt size, KB (gzip level 9)');
  table(
    ['', 'start JS raw', 'start JS gzip', 'all JS raw', 'all JS gzip', 'CSS raw', 'CSS gzip', 'HTML gzip'],
    [sizeLine('deck', ours), sizeLine('stock reveal.js, same slides', stock), sizeLine('student page', student)],
  );
  return Promise.resolve({ ours, stock, student, single, freehandGzip });
}

/** @param {Awaited<ReturnType<typeof runSizes>>} r */
function sizeRows({ ours, stock, student, single, freehandGzip }) {
  return [
    row(
      'JS loaded before the deck answers the keyboard, gzip',
      `${kb(ours.startJs.gzip)} KB`,
      `stock reveal.js: ${kb(stock.startJs.gzip)} KB`,
      '< 90 KB',
      verdict(ours.startJs.gzip, 90 * 1024),
    ),
    row(
      'all JS (scenes, agenda, rehearsal, print layout load after `ready`), gzip',
      `${kb(ours.js.gzip)} KB`,
      `stock reveal.js: ${kb(stock.js.gzip)} KB`,
    ),
    row(
      'CSS, gzip (everything that sizes a slide; none arrives later)',
      `${kb(ours.css.gzip)} KB`,
      `stock reveal.js: ${kb(stock.css.gzip)} KB`,
      '< 25 KB',
      verdict(ours.css.gzip, 25 * 1024),
    ),
    row("student page's JS, gzip", `${kb(student.startJs.gzip)} KB`, '', '< 90 KB', verdict(student.startJs.gzip, 90 * 1024)),
    ...(single ? [row('the single file `dist/vm-vs-docker.html`', `${kb(single.raw)} KB (${kb(single.gzip)} KB gzip)`)] : []),
    row('ink strokes (perfect-freehand, loaded when ink is first drawn or shown), gzip', `${kb(freehandGzip)} KB`),
  ];
}

/** Needs no browser: `offline`. */
export const sizes = { name: 'sizes', offline: true, run: runSizes, rows: sizeRows };
