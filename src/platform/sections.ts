/**
 * The day plan on the deck's sections: the one module that writes and reads their plan attributes. The slide
 * compiler writes `data-block` and `data-slide-index`; the deck adds gap slides (`data-gap-start`/`-end`, clock
 * minutes), copies of split countdowns (`data-part`) and every section's `data-timing` (seconds, for reveal's
 * speaker view). Everything else asks this module what a section is, never its `dataset`.
 */
import { GAP_KIND_TABLE, type GapKind } from '../model/kinds';

/** Every section that belongs to the plan: the compiled slides and the gap slides. */
export const PLANNED_SECTIONS = 'section[data-block]';
/** The sections that carry a time: the compiled slides, the copies of split countdowns, and gap slides. */
export const TIMED_SECTIONS = 'section[data-slide-index], section[data-gap-start]';

/** What a section says about its place in the plan. Numbers the section lacks (or garbles) are undefined. */
export type SectionMark =
  | { readonly kind: 'slide'; readonly blockId: string; readonly slide: number | undefined; readonly part: number }
  | { readonly kind: 'gap'; readonly gap: GapKind; readonly start: number | undefined; readonly end: number | undefined };

const numberOf = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
};

export const isGapKind = (block: string): block is GapKind => Object.hasOwn(GAP_KIND_TABLE, block);

export function readSection(section: HTMLElement | null | undefined): SectionMark | undefined {
  const data = section?.dataset;
  const block = data?.block;
  if (!data || block === undefined) return undefined;
  if (isGapKind(block)) return { kind: 'gap', gap: block, start: numberOf(data.gapStart), end: numberOf(data.gapEnd) };
  const slide = numberOf(data.slideIndex);
  return { kind: 'slide', blockId: block, slide: Number.isInteger(slide) ? slide : undefined, part: numberOf(data.part) ?? 0 };
}

/** The agenda item a section belongs to: a block's id, or the gap's kind. */
export function blockOf(section: HTMLElement | null | undefined): string | undefined {
  const mark = readSection(section);
  return mark?.kind === 'gap' ? mark.gap : mark?.blockId;
}

/** The section showing a block's slide (a split countdown's `part`, 0 for the slide itself). */
export function isSlideSection(section: HTMLElement, blockId: string, slide: number, part = 0): boolean {
  const mark = readSection(section);
  return mark?.kind === 'slide' && mark.blockId === blockId && mark.slide === slide && mark.part === part;
}

/** The gap slides of one kind, in the deck's order. */
export function gapSections(root: ParentNode, kind: GapKind): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(PLANNED_SECTIONS)].filter(
    (s) => readSection(s)?.kind === 'gap' && s.dataset.block === kind,
  );
}

/** Marks a gap slide (new, or moved by a re-plan) with its clock minutes. */
export function writeGap(section: HTMLElement, kind: GapKind, start: number, end: number): void {
  Object.assign(section.dataset, { block: kind, gapStart: String(start), gapEnd: String(end) });
}

/** Marks the copy of a countdown slide a break splits: part 1 is the copy after the first break. */
export function writePart(section: HTMLElement, part: number): void {
  section.dataset.part = String(part);
}

/** A section's share of the day, in whole seconds, for reveal's speaker view. */
export function writeTiming(section: HTMLElement, seconds: number): void {
  section.dataset.timing = String(seconds);
}
