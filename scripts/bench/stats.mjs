/** @param {number[]} xs */
export function median(xs) {
  return quantile(xs, 0.5);
}

/** @param {number[]} xs @param {number} q */
export function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

/** @param {number} n @param {number} digits */
export const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** Prints rows as an aligned text table. @param {string[]} head @param {(string|number)[][]} rows */
export function table(head, rows) {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  console.log(line(head));
  for (const r of all.slice(1)) console.log(line(r));
}
