// The README's figures table, made from one run of `npm run bench`: every row comes from the same run, and a budget
// says where it stands (met or over, with the ratio of the figure to its limit).
import { readFileSync, writeFileSync } from 'node:fs';
import { fixed } from './stats.mjs';

/** @typedef {{ figure: string, deck: string, baseline: string, budget: string, verdict: string }} Row */

export const BEGIN = '<!-- bench:figures:begin (written by `npm run bench -- --write-readme`; do not edit by hand) -->';
export const END = '<!-- bench:figures:end -->';

/**
 * A budget's verdict: "met" or "over", with the figure's ratio to its limit. A limit of 0 (no long frame at
 * all) has no ratio: the count itself is said.
 * @param {number} value @param {number} limit @param {string} [unit]
 */
export function verdict(value, limit, unit = '') {
  if (!Number.isFinite(value)) return 'not measured';
  // Figures are sums and differences of timestamps: a p95 of 16.8 ms can come out as 16.800000000000182.
  const met = value <= limit + Math.abs(limit) * 1e-9;
  if (limit === 0) return `${met ? 'met' : 'over'} (${fixed(value, 0)}${unit})`;
  return `${met ? 'met' : 'over'} (${fixed(value / limit, 2)}x)`;
}

/**
 * A budget that allows nothing over a limit (no frame over 50 ms): met only when none is, with the worst one's
 * ratio to the limit, so an over says how far over.
 * @param {number} count how many were over @param {number} worst the largest figure @param {number} limit @param {string} unit what was counted
 */
export function noneOverVerdict(count, worst, limit, unit) {
  if (!Number.isFinite(count) || !Number.isFinite(worst)) return 'not measured';
  return `${count === 0 ? 'met' : 'over'} (${fixed(count, 0)}${unit}; worst ${fixed(worst / limit, 2)}x)`;
}

/**
 * A budget that wants every one (20 of 20 exports complete, every message delivered): met only when all are, with
 * the share done as the ratio.
 * @param {number} done @param {number} total @param {string} what what `done` counts ("complete", "delivered")
 */
export function allVerdict(done, total, what) {
  if (!Number.isFinite(done) || !(total > 0)) return 'not measured';
  return `${done === total ? 'met' : 'over'} (${fixed(done, 0)}/${fixed(total, 0)} ${what}, ${fixed(done / total, 2)}x)`;
}

/**
 * The bench's parts to run: all of them, or those `only` names (`BENCH_ONLY=ready,keys` or `--only=ready,keys`),
 * in the bench's own order. An unknown name is refused with the names there are.
 * @template {{ name: string }} Part
 * @param {readonly Part[]} parts @param {string | undefined} only
 * @returns {Part[]}
 */
export function pickParts(parts, only) {
  if (only === undefined || only.trim() === '') return [...parts];
  const wanted = only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const names = parts.map((p) => p.name);
  const unknown = wanted.filter((w) => !names.includes(w));
  if (unknown.length > 0) throw new Error(`unknown bench part ${unknown.join(', ')}: the parts are ${names.join(', ')}`);
  return parts.filter((p) => wanted.includes(p.name));
}

/** @param {string} figure @param {string} deck @param {string} [baseline] @param {string} [budget] @param {string} [verdictText] @returns {Row} */
export function row(figure, deck, baseline = '', budget = '', verdictText = '') {
  return { figure, deck, baseline, budget, verdict: verdictText };
}

/** @param {Row[]} rows */
export function markdownTable(rows) {
  const cell = (/** @type {string} */ s) => s.replaceAll('|', '\\|');
  return [
    '| figure | deck | baseline in the same run | budget | where it stands |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${[r.figure, r.deck, r.baseline, r.budget, r.verdict].map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The table as plain text, for the terminal. @param {Row[]} rows */
export function printRows(rows) {
  const head = ['figure', 'deck', 'baseline', 'budget', 'where it stands'];
  const all = [head, ...rows.map((r) => [r.figure, r.deck, r.baseline, r.budget, r.verdict])];
  const widths = head.map((_, c) => Math.min(70, Math.max(...all.map((r) => (r[c] ?? '').length))));
  for (const r of all) console.log(r.map((cellText, c) => (cellText ?? '').padEnd(widths[c] ?? 0)).join('  '));
}

/**
 * Puts `markdown` between the markers in the README (the markers stay); the rest of the file is untouched.
 * @param {string} path @param {string} markdown
 */
export function writeBetweenMarkers(path, markdown) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} lacks the markers ${BEGIN} ... ${END}`);
  writeFileSync(path, `${text.slice(0, start + BEGIN.length)}\n\n${markdown}\n\n${text.slice(end)}`);
}
