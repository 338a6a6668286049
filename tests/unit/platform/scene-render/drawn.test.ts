// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markDrawn, markMoving, sceneMoving } from '../../../../src/platform/scene-render/drawn';

/** A deck of two slides, each with a scene; the first is the one shown. */
function deck(): { root: HTMLElement; shown: HTMLElement; other: HTMLElement } {
  const root = document.createElement('div');
  root.innerHTML = `<div class="reveal"><div class="slides">
    <section class="present"><div class="scene" data-scene="a" data-drawn="0"></div></section>
    <section class="future"><div class="scene" data-scene="b" data-drawn="0"></div></section>
  </div></div>`;
  const [shown, other] = [...root.querySelectorAll<HTMLElement>('.scene')];
  if (!shown || !other) throw new Error('fixture');
  return { root, shown, other };
}

describe('a scene says whether it moves: the speaker view waits on it', () => {
  it('moves from the mark until its step is drawn, on the slide shown only', () => {
    const { root, shown, other } = deck();
    expect(sceneMoving(root)).toBe(false);
    markMoving(other);
    expect(sceneMoving(root), 'a slide not shown').toBe(false);
    markMoving(shown);
    expect(sceneMoving(root)).toBe(true);
    markDrawn(shown, 3);
    expect(shown.dataset.drawn).toBe('3');
    expect(sceneMoving(root)).toBe(false);
  });
});
