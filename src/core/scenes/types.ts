import type { Picture } from './picture/items';

/** -1 is the picture before the slide's first fragment; the last step is the handout state. */
export type Step = number;

/** The pure half of a scene: what it shows at each step, with no DOM. */
export interface SceneModel<S> {
  id: string;
  title: string;
  /** One sentence for `<desc>`: what the whole picture is about. */
  description: string;
  /** Fragment groups on the slide; valid steps are -1 .. steps-1, others clamp. */
  steps: number;
  state(step: Step): S;
  caption(step: Step): string;
}

/** A model and how its states look: still pure, so every step's picture can be checked without a browser. */
export interface Scene<S> {
  model: SceneModel<S>;
  picture: (state: S) => Picture;
}

/**
 * The DOM half: draws a picture, directly or as a transition from whatever is on screen, and calls `onDrawn`
 * once that picture is final on screen (never, when a later render overtakes it).
 */
export interface SceneView {
  render(picture: Picture, opts: { animate: boolean }, onDrawn: () => void): void;
}
