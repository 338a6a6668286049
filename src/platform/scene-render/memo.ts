import type { DrawableScene } from '../../core/scenes/registry';
import type { Step } from '../../core/scenes/types';
import { whenIdle } from '../idle';

/**
 * A scene whose picture, caption and words are computed once per step. A step's picture is a function of the
 * step, so the copy is exact; computing it is not cheap (a step's words read its picture and the one before,
 * and a picture lays out every label), and on a slow laptop four such computations inside a key press were a
 * tenth of that press. One copy per scene, shared by every element that shows it.
 */
const memos = new WeakMap<DrawableScene, DrawableScene>();

export function memoScene(scene: DrawableScene): DrawableScene {
  const known = memos.get(scene);
  if (known) return known;
  const once = <T>(compute: (step: Step) => T): ((step: Step) => T) => {
    const cache = new Map<Step, T>();
    return (step) => {
      const at = scene.clamp(step);
      if (cache.has(at)) return cache.get(at) as T;
      const value = compute(at);
      cache.set(at, value);
      return value;
    };
  };
  const memo: DrawableScene = {
    ...scene,
    caption: once((step) => scene.caption(step)),
    describe: once((step) => scene.describe(step)),
    picture: once((step) => scene.picture(step)),
  };
  memos.set(scene, memo);
  return memo;
}

const prepared = new WeakSet<DrawableScene>();

/**
 * Computes every step's picture and words when the page is idle, one step per idle moment, once per scene: a
 * key press then only draws. Idle means after the frame and any animation, so the work never lands inside a
 * press or a transition; a step asked for before its turn is computed then, as before.
 */
export function prepareSteps(scene: DrawableScene): void {
  if (prepared.has(scene)) return;
  prepared.add(scene);
  for (let step = -1; step < scene.steps; step++) {
    whenIdle(() => {
      scene.caption(step);
      scene.describe(step);
      scene.picture(step);
    }, 10_000);
  }
}
