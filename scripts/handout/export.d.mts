export interface PrintedSlide {
  /** The slide's index in deck order (reveal's order, breaks included). */
  slide: number;
  /** The step its scene shows; -1 without a scene. */
  step: number;
}

/** Prints the built deck to `out`, which it replaces only once the new PDF is whole (a WriteError otherwise). */
export function exportHandout(options: {
  out: string;
  notes?: boolean;
  steps?: boolean;
  perPage?: 1 | 2 | 4 | 6;
  start?: string;
  end?: string;
  /** A built deck other than dist/. */
  dir?: string;
  /** How long the print view may take to lay out its pages, in ms (default 30 s). */
  timeout?: number;
  /** `HH:MM-HH:MM` each, or `none`: replace the class file's breaks. */
  breaks?: string[];
  /** `YYYY-MM-DD`: the date on the cover instead of the class file's. */
  date?: string;
  /** An ink file's text: each slide's ink printed on its page; a file from another deck fails the export. */
  ink?: string;
  /** Every page this size; without it the print view takes the class file's paper, else the browser language's. */
  paper?: 'a4' | 'letter';
  /** A tagged PDF with its outline (default); false prints the untagged one, to measure what tags cost. */
  tagged?: boolean;
  /** Any warning of the page (the banner, a console error) fails the export before the PDF is written. */
  refuseWarnings?: boolean;
}): Promise<{
  pages: number;
  warnings: string[];
  sheets: PrintedSlide[][];
  layout: string[];
  /** The smallest running text of the slides as printed, in CSS pixels (96 per inch) on paper. */
  textPx: number;
}>;
