/** @param {number[]} xs */
export function median(xs) {
  return quantile(xs, 0.5);
}

/** @param {number[]} xs @param {number} q */
export function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  // Both indices lie in 0..length-1: the fallbacks never apply.
  const lo = s[Math.floor(i)] ?? NaN;
  const hi = s[Math.ceil(i)] ?? NaN;
  return lo + (hi - lo) * (i - Math.floor(i));
}

/** @param {number} n @param {number} digits */
export const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** Prints rows as an aligned text table. @param {string[]} head @param {(string|number)[][]} rows */
export function table(head, rows) {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  /** @param {string[]} r */
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  console.log(line(head));
  for (const r of all.slice(1)) console.log(line(r));
}
