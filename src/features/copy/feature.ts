import type { Feature } from '../../platform/feature';
import { addCopyButtons, removeCopyButtons } from './copy-buttons';

/**
 * The copy buttons on the deck's code blocks. Attached before reveal lays the slides out: the buttons' strip
 * changes the task code's type size. A button is for a student at a screen, never for paper.
 */
export function copyFeature(): Feature<unknown> {
  let root: ParentNode | undefined;
  return {
    id: 'copy',
    init() {
      root = document.querySelector('.reveal .slides') ?? document;
      addCopyButtons(root);
    },
    destroy() {
      if (root) removeCopyButtons(root);
      root = undefined;
    },
  };
}
