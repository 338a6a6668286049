/**
 * Text width without a DOM, so the timeline lays out the same on a hidden slide, in print view and in tests.
 * Per-character widths in em lean wide of the deck's sans-serif font: labels get a little room to spare.
 */
const NARROW = 'iljtfrI.,:;·!|()[]\'" ';
const WIDE = 'mwMW@%';
const DIGIT_EM = 0.58;

function charEm(ch: string): number {
  if (NARROW.includes(ch)) return 0.32;
  if (WIDE.includes(ch)) return 0.86;
  if (ch >= '0' && ch <= '9') return DIGIT_EM;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  return 0.56;
}

export function textWidth(text: string, size: number, bold = false): number {
  const em = Array.from(text).reduce((sum, ch) => sum + charEm(ch), 0);
  return em * size * (bold ? 1.08 : 1);
}
