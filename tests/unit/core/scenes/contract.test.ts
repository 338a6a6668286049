import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defineScene, type DrawableScene } from '../../../../src/core/scenes/define';
import { SCENES } from '../../../../src/core/scenes/registry';

/** A caption says what the step shows in a sentence: screen readers, the handout and reduced motion read it. */
const MIN_CAPTION_CHARACTERS = 21;

/**
 * What every scene in the list promises, whatever it draws (docs/adding-a-scene.md): each step -1 .. steps-1
 * has its own caption of a sentence and a state different from the steps beside it; steps out of range clamp
 * to the nearest end; its longest animation is one of its steps. Returns what is broken, in words.
 */
function contractProblems(scene: DrawableScene): string[] {
  const problems: string[] = [];
  const range = Array.from({ length: scene.steps + 1 }, (_, i) => i - 1);
  const seen = new Map<string, number>();
  for (const step of range) {
    const caption = scene.caption(step);
    if (caption.trim().length < MIN_CAPTION_CHARACTERS) problems.push(`step ${String(step)}: caption "${caption}" is too short`);
    const twin = seen.get(caption);
    if (twin !== undefined) problems.push(`steps ${String(twin)} and ${String(step)} have the same caption "${caption}"`);
    seen.set(caption, step);
    if (step > -1 && isDeepStrictEqual(scene.state(step), scene.state(step - 1))) {
      problems.push(`steps ${String(step - 1)} and ${String(step)} have the same state`);
    }
  }
  const last = scene.steps - 1;
  const clamped: [number, number][] = [
    [-7, -1],
    [Number.NaN, -1],
    [last + 3, last],
  ];
  for (const [asked, drawn] of clamped) {
    if (!isDeepStrictEqual(scene.state(asked), scene.state(drawn)) || scene.caption(asked) !== scene.caption(drawn)) {
      problems.push(`step ${String(asked)} does not draw step ${String(drawn)}`);
    }
  }
  if (!Number.isInteger(scene.longestStep) || scene.longestStep < 0 || scene.longestStep > last) {
    problems.push(`longestStep ${String(scene.longestStep)} is not one of its steps 0..${String(last)}`);
  }
  return problems;
}

describe('every listed scene keeps the scene contract', () => {
  it('has scenes to check', () => {
    expect(SCENES.size).toBeGreaterThan(0);
  });

  for (const [id, scene] of SCENES) {
    it(id, () => {
      expect(contractProblems(scene)).toEqual([]);
    });
  }
});

describe('the contract check', () => {
  const step = (shown: number, caption: string) => ({ shown, caption });
  const scene = (steps: { shown: number; caption: string }[], longestStep = 0) =>
    defineScene({
      id: 'probe',
      title: 'A probe',
      description: 'A scene that breaks the contract on purpose.',
      before: step(0, 'Nothing is shown yet, before the first step.'),
      steps,
      state: ({ shown }) => ({ shown }),
      longestStep,
      picture: () => [],
    });

  it('passes a scene that keeps it', () => {
    expect(contractProblems(scene([step(1, 'One box is shown on the screen.'), step(2, 'Two boxes are shown on the screen.')]))).toEqual(
      [],
    );
  });

  it('finds two steps with the same short caption and the same state', () => {
    expect(contractProblems(scene([step(1, 'Same.'), step(1, 'Same.')]))).toEqual([
      'step 0: caption "Same." is too short',
      'step 1: caption "Same." is too short',
      'steps 0 and 1 have the same caption "Same."',
      'steps 0 and 1 have the same state',
    ]);
  });

  it('finds a step that looks like the picture before it', () => {
    expect(contractProblems(scene([step(0, 'One box is shown on the screen.')]))).toEqual(['steps -1 and 0 have the same state']);
  });

  it('finds a longest animation that is not a step', () => {
    expect(contractProblems(scene([step(1, 'One box is shown on the screen.')], 3))).toEqual([
      'longestStep 3 is not one of its steps 0..0',
    ]);
  });
});
