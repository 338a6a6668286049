import { describe, expect, it } from 'vitest';
import { PAPERS } from '../../../../src/model/paper';
import { PER_PAGE } from '../../../../src/features/handout/options';
import { placePage, sheetSize } from '../../../../src/features/handout/sheets';

/** Reveal's printed page (1280x720 and its 4% margin), and a slide over its notes. */
const SLIDE = { width: 1331, height: 748 };
const NOTES = { width: 1331, height: 1500 };

describe('placePage', () => {
  const layouts = PAPERS.flatMap((paper) => [
    ...PER_PAGE.map((perPage) => ({ paper, perPage, notes: false })),
    { paper, perPage: 1 as const, notes: true },
  ]);
  it.each(layouts)('$perPage to a $paper sheet (notes: $notes): every page inside the margins, none over another', (layout) => {
    const sheet = sheetSize(layout);
    const page = layout.notes ? NOTES : SLIDE;
    const boxes = Array.from({ length: layout.perPage }, (_, cell) => {
      const { left, top, fit } = placePage(layout, page, cell);
      return { left, top, right: left + page.width * fit, bottom: top + page.height * fit };
    });
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(28 - 1e-9);
      expect(box.top).toBeGreaterThanOrEqual(28 - 1e-9);
      expect(box.right).toBeLessThanOrEqual(sheet.width - 28 + 1e-9);
      // The foot keeps the page number clear of the last row.
      expect(box.bottom).toBeLessThanOrEqual(sheet.height - 28 - 26 + 1e-9);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'cells overlap').toBe(true);
  });

  it('turns the sheet for the layout: a slide alone and 4 to a sheet landscape, notes, 2 and 6 portrait', () => {
    const wide = (perPage: 1 | 2 | 4 | 6, notes = false) => {
      const { width, height } = sheetSize({ paper: 'letter', perPage, notes });
      return width > height;
    };
    expect([wide(1), wide(1, true), wide(2), wide(4), wide(6)]).toEqual([true, false, false, true, false]);
    expect(sheetSize({ paper: 'letter', perPage: 1, notes: false })).toEqual({ width: 1056, height: 816 });
  });
});
