import type { Step } from '../core/scenes/types';

/**
 * The step a slide (or a printed page) shows: the highest fragment index among its visible fragments, -1 when
 * none is visible. Read from the DOM rather than counted from events, because reveal fires no fragment events
 * when you arrive from a later slide, and none at all in print view.
 */
export function stepShown(root: ParentNode): Step {
  let step = -1;
  for (const fragment of root.querySelectorAll('.fragment.visible[data-fragment-index]')) {
    // The handout's paper steps are renumbered by print view; each says which step it stands for.
    const index = Number.parseInt(fragment.getAttribute('data-scene-step') ?? fragment.getAttribute('data-fragment-index') ?? '', 10);
    if (index > step) step = index;
  }
  return step;
}
