import { describe, expect, it } from 'vitest';
import { ACCENT, GUIDE, INK, LAYERS, PAPER, WARNING } from '../../../src/core/scenes/palette';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('palette', () => {
  it('keeps dark text readable on every layer fill and tint (at least 6:1)', () => {
    for (const [layer, style] of Object.entries(LAYERS)) {
      expect([layer, contrast(INK, style.fill) >= 6]).toEqual([layer, true]);
      expect([layer, contrast(INK, style.tint) >= 6]).toEqual([layer, true]);
    }
  });

  it('gives every layer its own fill', () => {
    const fills = Object.values(LAYERS).map((s) => s.fill);
    expect(new Set(fills).size).toBe(fills.length);
  });

  it('draws text colours at 4.5:1 or more on the page and lines at 3:1 or more', () => {
    expect(contrast(ACCENT, PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(GUIDE, PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(WARNING, PAPER)).toBeGreaterThanOrEqual(3);
    // Badge numbers: paper on the accent colours, large bold text.
    expect(contrast(PAPER, ACCENT)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PAPER, WARNING)).toBeGreaterThanOrEqual(3);
  });
});
