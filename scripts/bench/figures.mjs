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
  const met = value <= limit;
  if (limit === 0) return `${met ? 'met' : 'over'} (${fixed(value, 0)}${unit})`;
  return `${met ? 'met' : 'over'} (${fixed(value / limit, 2)}x)`;
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
