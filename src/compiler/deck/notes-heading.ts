/**
 * Reads the start of a notes paragraph: `Note:`, `Note (3 min):` or `Note (90 s):`.
 * Returns null when the paragraph is not a notes paragraph at all, an error text when it is one but malformed.
 */
export type NotesHeading = { seconds: number | null; rest: string } | { error: string } | null;

import { MAX_BLOCK_MINUTES } from './front-matter.ts';

const UNITS: Record<string, number> = { s: 1, sec: 1, min: 60, m: 60 };

export function readNotesHeading(paragraph: string): NotesHeading {
  if (!paragraph.startsWith('Note')) return null;
  const after = paragraph.slice('Note'.length);
  if (after.startsWith(':')) return { seconds: null, rest: after.slice(1) };
  if (!after.startsWith(' (')) return null;

  const close = after.indexOf('):');
  if (close < 0) return { error: 'a timed notes line reads "Note (3 min):" or "Note (90 s):"' };
  const [amount = '', unit = '', ...extra] = after.slice(2, close).trim().split(/\s+/);
  const value = Number(amount);
  const factor = UNITS[unit];
  // Decimal digits only: Number() would also read "0x1E" and "1e5".
  if (extra.length > 0 || factor === undefined || !/^\d+(\.\d+)?$/.test(amount) || value <= 0) {
    return { error: `"${after.slice(2, close)}" is not a slide time: write e.g. "3 min" or "90 s"` };
  }
  const seconds = Math.round(value * factor);
  if (seconds > MAX_BLOCK_MINUTES * 60) {
    return {
      error: `"${after.slice(2, close)}" is longer than any class day: a slide time is at most ${MAX_BLOCK_MINUTES} min (12 hours)`,
    };
  }
  return { seconds, rest: after.slice(close + 2) };
}
