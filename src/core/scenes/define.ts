import { describePicture, type MarkWords } from './describe.ts';
import type { Picture } from './picture/items.ts';
import { clampStep } from './step.ts';
import type { Step } from './types.ts';

/** What a step says in words: fixed, or read from the state it shows (figures computed, not typed twice). */
export type Caption<S> = string | ((state: S) => string);

/** One entry of a scene's step list: whatever the scene needs to build that step's state, and its caption. */
export type StepEntry<S, E> = E & { caption: Caption<S> };

/** What a scene's folder writes; `defineScene` adds the step bookkeeping every scene shares. */
export interface SceneDefinition<S, E> {
  id: string;
  title: string;
  /** One sentence for `<desc>`: what the whole picture is about. */
  description: string;
  /** Step -1: the picture before the slide's first fragment. */
  before: StepEntry<S, E>;
  /** One entry per fragment group on the slide; the last is the handout's picture. */
  steps: readonly StepEntry<S, E>[];
  /**
   * Steps (0-based) that teach a picture the last step no longer shows: the default and notes handouts print
   * them too, each on a page of its own before the last.
   */
  paper?: readonly number[];
  /** The full state a step entry stands for. */
  state: (entry: E) => S;
  /**
   * The step whose animation runs longest (a token's trip, bars growing in turn, about two seconds): the browser
   * tests interrupt it on its way, and turn motion off in the middle of it.
   */
  longestStep: Step;
  picture: (state: S) => Picture;
  /** What a step's picture shows, in words; read from the picture itself when a scene does not say. */
  describe?: (state: S) => string;
  /** What the picture's emphasis colours mean, for the words read from the picture (neutral when not said). */
  marks?: MarkWords;
}

/** A scene ready to draw any step: steps out of range clamp, so a stale or hand-edited URL still draws. */
export interface Scene<S> {
  id: string;
  title: string;
  description: string;
  /** Fragment groups on the slide; valid steps are -1 .. steps-1. */
  steps: number;
  /** The steps the handout prints, ascending: the definition's `paper` steps and the last. */
  paperSteps: readonly Step[];
  /** The step whose animation runs longest (see `SceneDefinition`). */
  longestStep: Step;
  clamp(step: Step): Step;
  state(step: Step): S;
  caption(step: Step): string;
  /** What the picture at this step shows, for a screen reader and the handout's alt text; distinct per step. */
  describe(step: Step): string;
  picture(step: Step): Picture;
}

/** Any scene, its state opaque: what the list, the runtime and the handout hold (and the contract test compares). */
export type DrawableScene = Scene<unknown>;

export function defineScene<S, E>(definition: SceneDefinition<S, E>): Scene<S> {
  const { id, title, description, before, steps, longestStep, picture } = definition;
  const clamp = (step: Step): Step => clampStep(step, steps.length);
  // Step -1 indexes nothing: the picture before the first fragment.
  const entry = (step: Step): StepEntry<S, E> => steps[clamp(step)] ?? before;
  const state = (step: Step): S => definition.state(entry(step));
  return {
    id,
    title,
    description,
    steps: steps.length,
    paperSteps: paperSteps(id, definition.paper ?? [], steps.length),
    longestStep,
    clamp,
    state,
    caption(step) {
      const { caption } = entry(step);
      return typeof caption === 'string' ? caption : caption(state(step));
    },
    describe(step) {
      const at = clamp(step);
      if (definition.describe) return definition.describe(state(at));
      return describePicture(picture(state(at)), at === -1 ? null : picture(state(at - 1)), definition.marks);
    },
    picture: (step) => picture(state(step)),
  };
}

function paperSteps(id: string, paper: readonly number[], count: number): Step[] {
  for (const step of paper) {
    if (!Number.isInteger(step) || step < 0 || step >= count)
      throw new Error(`scene ${id}: paper step ${String(step)} is not one of 0..${String(count - 1)}`);
  }
  return [...new Set([...paper, count - 1])].sort((a, b) => a - b);
}
