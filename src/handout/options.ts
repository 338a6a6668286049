/** How the printed deck is laid out, from the page's URL: `?print-pdf[&notes][&steps]`. */
export interface HandoutOptions {
  /** Each slide's speaker notes printed under it. */
  readonly notes: boolean;
  /** A page per scene step, not only the scene's final state. */
  readonly steps: boolean;
}

export function readHandoutOptions(search: string): HandoutOptions | null {
  const params = new URLSearchParams(search);
  if (!params.has('print-pdf')) return null;
  const flag = (name: string) => params.has(name) && params.get(name) !== 'false';
  return { notes: flag('notes'), steps: flag('steps') };
}

/** Reveal's print settings for these options: one page per slide, split by steps only where asked. */
export function handoutConfig(options: HandoutOptions | null) {
  return {
    pdfSeparateFragments: options?.steps ?? false,
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
