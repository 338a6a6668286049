/** -1 is the picture before the slide's first fragment; the last step is the handout state. */
export type Step = number;

/** The pure half of a scene: what it shows at each step, with no DOM. */
export interface SceneModel<S> {
  id: string;
  title: string;
  /** One sentence for `<desc>`: what the whole picture is about. */
  description: string;
  /** Fragment groups on the slide; valid steps are -1 .. steps-1. */
  steps: number;
  state(step: Step): S;
  caption(step: Step): string;
}

/** The DOM half: draws a state, directly or as a transition from the current picture. */
export interface SceneView<S> {
  render(state: S, opts: { animate: boolean }): void;
  destroy(): void;
}
