// Types of figures.mjs for the TypeScript tests that import it.
export interface Row {
  figure: string;
  deck: string;
  baseline: string;
  budget: string;
  verdict: string;
}
export const BEGIN: string;
export const END: string;
export function verdict(value: number, limit: number, unit?: string): string;
export function noneOverVerdict(count: number, worst: number, limit: number, unit: string): string;
export function allVerdict(done: number, total: number, what: string): string;
export function pickParts<Part extends { name: string }>(parts: readonly Part[], only: string | undefined): Part[];
export function row(figure: string, deck: string, baseline?: string, budget?: string, verdictText?: string): Row;
export function markdownTable(rows: Row[]): string;
export function printRows(rows: Row[]): void;
export function writeBetweenMarkers(path: string, markdown: string): void;
