import { sceneElements } from './deck';
import { stepShown } from '../../../platform/read-step';
import { showStep } from '../../../platform/scene-render/scene-element';

/**
 * Print view puts each slide on a `.pdf-page` and, with separate fragments, clones the page once per step. Each
 * copy's scene is rebuilt and drawn at the step its own page shows.
 */
export function drawPrintedPages(root: ParentNode): void {
  for (const page of root.querySelectorAll('.pdf-page')) {
    const step = stepShown(page);
    for (const element of sceneElements(page)) showStep(element, step, { fresh: true });
  }
}

/** Reveal adds the pages and fires 'pdf-ready' in one go: pages in the DOM mean that event has passed. */
export function pagesReady(root: ParentNode): boolean {
  return root.querySelector('.pdf-page') !== null;
}
