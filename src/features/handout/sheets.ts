/**
 * Sheets: what the printer gets, every one of them the paper's size (A4 or Letter). Reveal's pages (a slide, or a
 * slide over its notes) are scaled onto the sheets, 1, 2, 4 or 6 to a sheet, as presentation software prints
 * handouts; a printer then prints them at their true size instead of shrinking a screen-sized page.
 */
import { PAPER_SIZE, type Paper } from '../../model/paper';
import type { PerPage } from './options';

interface Grid {
  readonly columns: number;
  readonly rows: number;
  readonly landscape: boolean;
}

/**
 * A wide slide alone takes a landscape sheet; a slide over its notes is tall and takes a portrait one. 4 per
 * sheet in landscape keeps the text largest (each slide about 46% of the sheet's width).
 */
const GRIDS: Record<PerPage, Grid> = {
  1: { columns: 1, rows: 1, landscape: true },
  2: { columns: 1, rows: 2, landscape: false },
  4: { columns: 2, rows: 2, landscape: true },
  6: { columns: 2, rows: 3, landscape: false },
};

/**
 * Room around the grid and between its cells, and a foot for the page number, in page pixels. 28 px is 7.4 mm,
 * more than a printer's unprintable edge, and leaves 4 slides on a Letter sheet their 8 pt text.
 */
const MARGIN = 28;
const GAP = 16;
const FOOT = 26;

export interface SheetSize {
  readonly width: number;
  readonly height: number;
}

export interface SheetLayout {
  readonly perPage: PerPage;
  /** A page holds a slide over its notes: a tall page, on a portrait sheet. */
  readonly notes: boolean;
  readonly paper: Paper;
}

/** The sheet's size in CSS pixels, so that it prints at the paper's true size. */
export function sheetSize({ perPage, notes, paper }: SheetLayout): SheetSize {
  const { short, long } = PAPER_SIZE[paper];
  return GRIDS[perPage].landscape && !notes ? { width: long, height: short } : { width: short, height: long };
}

export interface PlacedPage {
  /** The page's top left corner on its sheet, in sheet pixels. */
  readonly left: number;
  readonly top: number;
  /** The scale the page prints at. */
  readonly fit: number;
}

/**
 * Where the `cell`-th page (0 = top left, row by row) of `page`'s size sits on a sheet: centred in its cell of
 * the grid, as large as the cell allows. Pure, so a test can tell where a point of a slide lands on paper.
 */
export function placePage(layout: SheetLayout, page: SheetSize, cell: number): PlacedPage {
  return placeIn(sheetSize(layout), GRIDS[layout.perPage], page, cell);
}

function placeIn(size: SheetSize, grid: Pick<Grid, 'columns' | 'rows'>, page: SheetSize, cell: number): PlacedPage {
  const cellWidth = (size.width - 2 * MARGIN - (grid.columns - 1) * GAP) / grid.columns;
  const cellHeight = (size.height - 2 * MARGIN - FOOT - (grid.rows - 1) * GAP) / grid.rows;
  const fit = Math.min(cellWidth / page.width, cellHeight / page.height);
  const column = cell % grid.columns;
  const row = Math.floor(cell / grid.columns);
  return {
    left: MARGIN + column * (cellWidth + GAP) + (cellWidth - page.width * fit) / 2,
    top: MARGIN + row * (cellHeight + GAP) + (cellHeight - page.height * fit) / 2,
    fit,
  };
}

/**
 * `pages` (reveal's pages and the handout's own) as sheets. The first `alone` pages (cover, contents) take a
 * sheet each, as large as it allows; the slides share sheets, `perPage` at a time. `page` is reveal's page size.
 */
export function intoSheets(
  pages: readonly HTMLElement[],
  alone: number,
  layout: SheetLayout,
  page: SheetSize,
): { sheets: HTMLElement[]; size: SheetSize } {
  const size = sheetSize(layout);
  const sheet = (): HTMLElement => {
    const made = document.createElement('div');
    made.className = 'pdf-page handout-sheet-nup';
    made.style.width = `${String(size.width)}px`;
    made.style.height = `${String(size.height)}px`;
    return made;
  };
  const place = (target: HTMLElement, content: HTMLElement, { left, top, fit }: PlacedPage): void => {
    const frame = document.createElement('div');
    frame.className = 'handout-cell';
    Object.assign(frame.style, {
      left: `${String(left)}px`,
      top: `${String(top)}px`,
      width: `${String(page.width * fit)}px`,
      height: `${String(page.height * fit)}px`,
    });
    // Zoom, not a transform: Chromium prints a transformed box as a separate drawing, and a PDF reader then
    // finds none of its headings or figures among the page's tags (pdf.js read 0 headings).
    Object.assign(content.style, { width: `${String(page.width)}px`, zoom: String(fit) });
    frame.append(content);
    target.append(frame);
  };

  const sheets: HTMLElement[] = [];
  // The cover and contents take a whole sheet, whatever the grid of the slides.
  const alonePage = placeIn(size, { columns: 1, rows: 1 }, page, 0);
  for (const front of pages.slice(0, alone)) {
    const made = sheet();
    place(made, front, alonePage);
    sheets.push(made);
  }
  const slides = pages.slice(alone);
  for (let first = 0; first < slides.length; first += layout.perPage) {
    const made = sheet();
    slides.slice(first, first + layout.perPage).forEach((slide, cell) => {
      place(made, slide, placePage(layout, page, cell));
    });
    sheets.push(made);
  }
  return { sheets, size };
}
