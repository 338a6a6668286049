/**
 * Sheets: what the printer gets. One slide per sheet is reveal's own page; 2, 4 or 6 per sheet put the pages
 * into a grid on an A4-shaped sheet, scaled, as presentation software prints handouts.
 */
import type { PerPage } from './options';

interface Grid {
  readonly columns: number;
  readonly rows: number;
  readonly landscape: boolean;
}

/** 4 per sheet in landscape keeps the text largest (each slide about 46% of the sheet's width). */
const GRIDS: Record<Exclude<PerPage, 1>, Grid> = {
  2: { columns: 1, rows: 2, landscape: false },
  4: { columns: 2, rows: 2, landscape: true },
  6: { columns: 2, rows: 3, landscape: false },
};

/** A4 in CSS pixels (96 per inch), so a sheet prints at its true size. */
const A4 = { short: 794, long: 1123 } as const;
/** Room around the grid and between its cells, and a foot for the page number, in page pixels. */
const MARGIN = 40;
const GAP = 22;
const FOOT = 26;

export interface SheetSize {
  readonly width: number;
  readonly height: number;
}

/**
 * `pages` (reveal's pages and the handout's own) as sheets. The first `alone` pages (cover, contents) take a
 * sheet each, scaled to it; the slides share sheets, `perPage` at a time. `page` is reveal's page size.
 */
export function intoSheets(
  pages: readonly HTMLElement[],
  alone: number,
  perPage: PerPage,
  page: SheetSize,
): { sheets: HTMLElement[]; size: SheetSize } {
  if (perPage === 1) return { sheets: [...pages], size: page };
  const grid = GRIDS[perPage];
  const size = grid.landscape ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long };
  const cellWidth = (size.width - 2 * MARGIN - (grid.columns - 1) * GAP) / grid.columns;
  const cellHeight = (size.height - 2 * MARGIN - FOOT - (grid.rows - 1) * GAP) / grid.rows;
  const scale = Math.min(cellWidth / page.width, cellHeight / page.height);

  const sheet = (): HTMLElement => {
    const made = document.createElement('div');
    made.className = 'pdf-page handout-sheet-nup';
    made.style.width = `${size.width}px`;
    made.style.height = `${size.height}px`;
    return made;
  };
  const place = (target: HTMLElement, content: HTMLElement, cell: number, fit: number): void => {
    const column = cell % grid.columns;
    const row = Math.floor(cell / grid.columns);
    const frame = document.createElement('div');
    frame.className = 'handout-cell';
    Object.assign(frame.style, {
      left: `${MARGIN + column * (cellWidth + GAP) + (cellWidth - page.width * fit) / 2}px`,
      top: `${MARGIN + row * (cellHeight + GAP)}px`,
      width: `${page.width * fit}px`,
      height: `${page.height * fit}px`,
    });
    Object.assign(content.style, { width: `${page.width}px`, transform: `scale(${fit})`, transformOrigin: '0 0' });
    frame.append(content);
    target.append(frame);
  };

  const sheets: HTMLElement[] = [];
  const full = Math.min((size.width - 2 * MARGIN) / page.width, (size.height - 2 * MARGIN - FOOT) / page.height);
  for (const front of pages.slice(0, alone)) {
    const made = sheet();
    place(made, front, 0, full);
    const frame = made.firstElementChild as HTMLElement;
    frame.style.left = `${(size.width - page.width * full) / 2}px`;
    sheets.push(made);
  }
  const slides = pages.slice(alone);
  for (let first = 0; first < slides.length; first += perPage) {
    const made = sheet();
    slides.slice(first, first + perPage).forEach((slide, cell) => {
      place(made, slide, cell, scale);
    });
    sheets.push(made);
  }
  return { sheets, size };
}
