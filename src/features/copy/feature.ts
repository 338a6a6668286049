import type { Feature } from '../../platform/feature';
import { addCopyButtons, removeCopyButtons } from './copy-buttons';

export { reserveCopyRoom } from './copy-buttons';

/**
 * The copy buttons on the deck's code blocks. A button is for a student at a screen, never for paper. The strip
 * they sit in changes the task code's type size: the entry reserves it (`reserveCopyRoom`) before reveal lays
 * the slides out, and attaches this feature after `ready`.
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
