// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawableScene } from '../../../../src/core/scenes/registry';
import { memoScene, prepareSteps } from '../../../../src/platform/scene-render/memo';

/** A scene of three steps that counts how often each step's picture and words are computed. */
function countingScene() {
  const computed: string[] = [];
  const clamp = (step: number) => Math.max(-1, Math.min(2, step));
  const scene: DrawableScene = {
    id: 'counting',
    title: 'Counting',
    description: 'A scene that counts.',
    steps: 3,
    paperSteps: [2],
    longestStep: 1,
    clamp,
    state: (step) => step,
    caption: (step) => {
      computed.push(`caption ${String(clamp(step))}`);
      return `caption ${String(clamp(step))}`;
    },
    describe: (step) => {
      computed.push(`describe ${String(clamp(step))}`);
      return `words ${String(clamp(step))}`;
    },
    picture: (step) => {
      computed.push(`picture ${String(clamp(step))}`);
      return [];
    },
  };
  return { scene, computed };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('memoScene', () => {
  it('computes each step once, a step out of range as the step it clamps to, and returns the same values', () => {
    const { scene, computed } = countingScene();
    const memo = memoScene(scene);
    const first = memo.picture(1);
    expect(memo.picture(1)).toBe(first);
    expect(memo.describe(1)).toBe('words 1');
    expect(memo.describe(1)).toBe('words 1');
    expect(memo.caption(7)).toBe('caption 2');
    expect(memo.caption(2)).toBe('caption 2');
    expect(computed).toEqual(['picture 1', 'describe 1', 'caption 2']);
  });

  it('is one copy per scene, so every element showing the scene shares what was computed', () => {
    const { scene, computed } = countingScene();
    memoScene(scene).picture(0);
    memoScene(scene).picture(0);
    expect(memoScene(scene)).toBe(memoScene(scene));
    expect(computed).toEqual(['picture 0']);
  });
});

describe('prepareSteps', () => {
  it('computes every step, -1 included, in idle moments after the call and never inside it, once per scene', () => {
    vi.useFakeTimers();
    const { scene, computed } = countingScene();
    const memo = memoScene(scene);
    prepareSteps(memo);
    prepareSteps(memo);
    expect(computed, 'nothing inside the call').toEqual([]);
    vi.runAllTimers();
    for (const step of [-1, 0, 1, 2]) {
      for (const what of ['caption', 'describe', 'picture']) {
        expect(
          computed.filter((c) => c === `${what} ${String(step)}`),
          `${what} ${String(step)}`,
        ).toHaveLength(1);
      }
    }
  });
});
