import { PAPER_CHOICES, parsePaper, type Paper } from '../../model/paper';
import type { PageParams } from '../../platform/params';
/** How the printed deck is laid out, from the page's URL: `?print-pdf[&notes][&steps][&per-page=N][&paper=P]`. */
export interface HandoutOptions {
  /** Each slide's speaker notes printed under it. */
  readonly notes: boolean;
  /** A page per scene step, not only the scene's final state. */
  readonly steps: boolean;
  /** Slides on one sheet, as presentation software prints handouts. */
  readonly perPage: PerPage;
  /** Every printed page is this paper, whatever the layout. */
  readonly paper: Paper;
}

export const PER_PAGE = [1, 2, 4, 6] as const;
export type PerPage = (typeof PER_PAGE)[number];

export interface ReadOptions {
  readonly options: HandoutOptions;
  /** What the URL asked for that cannot be printed; the handout falls back to the default for it. */
  readonly warnings: readonly string[];
}

/** `paper` is the one to print on when the URL names none: the class file's, else the browser language's. */
export function readHandoutOptions(params: Pick<PageParams, 'has' | 'get'>, paper: Paper): ReadOptions | null {
  if (!params.has('print-pdf')) return null;
  const flag = (name: 'notes' | 'steps') => params.has(name) && params.get(name) !== 'false';
  const warnings: string[] = [];
  const asked = params.get('per-page');
  let perPage: PerPage = 1;
  if (asked !== null) {
    const found = PER_PAGE.find((n) => String(n) === asked.trim());
    if (found === undefined)
      warnings.push(`per-page=${asked.slice(0, 20)} is not one of ${PER_PAGE.join(', ')}: printing one slide per page`);
    else perPage = found;
  }
  const notes = flag('notes');
  if (notes && perPage > 1) {
    warnings.push('notes print one slide per page: per-page is ignored');
    perPage = 1;
  }
  const askedPaper = params.get('paper');
  const named = askedPaper === null ? paper : parsePaper(askedPaper);
  if (named === undefined) warnings.push(`paper=${(askedPaper ?? '').slice(0, 20)} is not ${PAPER_CHOICES}: printing on ${paper}`);
  return { options: { notes, steps: flag('steps'), perPage, paper: named ?? paper }, warnings };
}

/**
 * Reveal's print settings for these options: a page per fragment group left on a slide (`keepOnlySceneSteps`,
 * `keepOnlyPaperSteps` choose them), one page for a slide without.
 */
export function handoutConfig(options: HandoutOptions | undefined) {
  return {
    pdfSeparateFragments: options !== undefined,
    showNotes: options?.notes ?? false,
    pdfMaxPagesPerSlide: 1,
  };
}

/**
 * With steps, only scenes split into pages: every other fragment is shown from the start, so a bullet list
 * prints once, complete.
 */
export function keepOnlySceneSteps(slides: HTMLElement): void {
  for (const fragment of slides.querySelectorAll('.fragment:not(.scene-step)')) fragment.classList.remove('fragment');
}

/**
 * Without steps, a slide prints once, complete, and a scene prints the steps it names for paper (the last among
 * them), each on its own page: "How a program reaches the hardware" keeps its four request paths, not only the
 * boot chain of its last step.
 */
export function keepOnlyPaperSteps(slides: HTMLElement): void {
  for (const fragment of slides.querySelectorAll('.fragment:not(.scene-step[data-paper])')) fragment.classList.remove('fragment');
  // Print view numbers the fragments left 0, 1, ... again: each keeps the scene step it stands for.
  for (const step of slides.querySelectorAll<HTMLElement>('.fragment.scene-step[data-fragment-index]')) {
    step.dataset.sceneStep = step.dataset.fragmentIndex;
  }
}

/** Print view's page for a slide before its first fragment: the handout's paper steps print without it. */
export function isBeforePage(page: ParentNode): boolean {
  return page.querySelector('.fragment.scene-step') !== null && page.querySelector('.fragment.scene-step.visible') === null;
}

/**
 * Numbers every slide in deck order (reveal's order, breaks included) before print view copies them: each
 * page then says which slide it prints, for the contents page and for the export's checks.
 */
export function numberSlides(slides: HTMLElement): void {
  const sections = [...slides.querySelectorAll<HTMLElement>('section')].filter((s) => !s.querySelector('section'));
  sections.forEach((section, i) => {
    section.dataset.handoutSlide = String(i);
  });
}
