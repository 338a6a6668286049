import type { TextLine } from './items.ts';

/**
 * Text width without a DOM, so layouts and their tests can check that labels fit. Per-character widths in em
 * lean wide of common sans-serif fonts: an estimate that errs on the side of a little extra room.
 */
const NARROW = 'iljtfrI.,:;·!|()[]\'" ';
const WIDE = 'mwMW@%';
const MONO_EM = 0.62;

function charEm(ch: string): number {
  if (NARROW.includes(ch)) return 0.32;
  if (WIDE.includes(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  return 0.56;
}

export function textWidth(line: TextLine): number {
  let em = 0;
  for (const ch of line.text) em += line.mono ? MONO_EM : charEm(ch);
  return em * line.size * (line.bold ? 1.08 : 1);
}

/** Line pitch for stacked lines of this size. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.2);
}

/** Breaks text at spaces into lines no wider than `width`; a single word wider than that stays whole. */
export function wrap(style: TextLine, width: number): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  for (const word of style.text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth({ ...style, text: candidate }) > width) {
      lines.push({ ...style, text: current });
      current = word;
    } else {
      current = candidate;
    }
  }
  lines.push({ ...style, text: current });
  return lines;
}
