import { describe, expect, it } from 'vitest';
import { ACCENT, GUIDE, INK, LAYERS, PAPER, WARNING } from '../../../src/model/palette';
import { contrast } from './contrast';

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
