import type { Deck } from '../../../platform/reveal';

/** The part of the reveal API the scenes use. */
export type SceneDeck = Pick<
  Deck,
  'on' | 'off' | 'getRevealElement' | 'getCurrentSlide' | 'isReady' | 'isOverview' | 'isPrintView' | 'layout'
>;

export function sceneElements(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.scene[data-scene]')];
}
