import type { Picture } from './picture/items.ts';

/** -1 is the picture before the slide's first fragment; the last step is the handout state. */
export type Step = number;

/**
 * The DOM half: draws a picture, directly or as a transition from whatever is on screen, and calls `onDrawn`
 * once that picture is final on screen (never, when a later render overtakes it).
 */
export interface SceneView {
  render(picture: Picture, opts: { animate: boolean }, onDrawn: () => void): void;
}
