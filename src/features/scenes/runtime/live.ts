import type { Step } from '../../../core/scenes/types';
import type { Disposer } from '../../../platform/feature';
import { sceneElements, type SceneDeck } from './deck';
import { stepShown } from '../../../platform/read-step';
import { watchMotion } from '../../../platform/scene-render/reduced-motion';
import { settle, showStep } from '../../../platform/scene-render/scene-element';

/**
 * Keeps every scene in the deck at the step its slide shows. Called on each deck event; cheap, because a scene
 * whose step did not change is left alone. Only a step to the next or previous one, on the slide the presenter
 * stayed on, animates: a jump, a deep link, an arrival from another slide or the overview draws directly. With
 * `still`, nothing animates: the speaker view's small copies of the deck run beside the projector's, and
 * animating a preview would triple the work of every key press on the lecturer's laptop. Their pictures are
 * drawn when the page is next idle, after the projector's frame.
 */
export function followDeck(deck: SceneDeck, root: ParentNode, owner: Disposer, still = false): () => void {
  const motionAllowed = watchMotion(() => {
    sceneElements(root).forEach(settle);
  }, owner);
  let lastSlide: Element | null = null;

  return () => {
    const current = deck.getCurrentSlide();
    const stayed = current === lastSlide;
    lastSlide = current;
    const mayMove = !still && stayed && !deck.isOverview() && motionAllowed();
    for (const element of sceneElements(root)) {
      const slide = element.closest('section');
      if (!slide) continue;
      const onStage = mayMove && slide === current;
      showStep(element, stepShown(slide), {
        animate: (from: Step, to: Step) => onStage && Math.abs(to - from) === 1,
        idle: still,
      });
    }
  };
}
