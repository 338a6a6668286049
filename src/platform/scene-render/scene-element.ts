import { SCENES } from '../../core/scenes/registry';
import type { Step } from '../../core/scenes/types';
import { whenIdle } from '../idle';
import { markDrawn, markMoving } from './drawn';
import { memoScene, prepareSteps } from './memo';
import { mount, type MountedScene } from './mount';

/** Each scene element's mounted state. Elements cloned for print have none and are mounted afresh. */
const mounted = new WeakMap<HTMLElement, MountedScene>();

/** A slide can only name a scene the build knows; this guards against a stale build, visibly. */
function unknownScene(element: HTMLElement, id: string): void {
  element.textContent = `Unknown scene “${id}”`;
  element.classList.add('scene-unknown');
}

function mounting(element: HTMLElement, fresh: boolean): MountedScene | null {
  const existing = fresh ? undefined : mounted.get(element);
  if (existing) return existing;
  const id = element.dataset.scene ?? '';
  const scene = SCENES.get(id);
  if (!scene) {
    unknownScene(element, id);
    return null;
  }
  const memo = memoScene(scene);
  prepareSteps(memo);
  const created = mount(element, memo);
  mounted.set(element, created);
  return created;
}

export interface ShowOptions {
  /** Called with the step on screen and the one to draw; true animates between them. */
  animate?: (from: Step, to: Step) => boolean;
  /** Rebuild the SVG first: for print copies, whose cloned SVG carries no D3 data. */
  fresh?: boolean;
  /**
   * Draw when the page is next idle instead of at once: for the speaker view's copies of the deck, which run on
   * the projector's thread. Their picture follows a moment later; the projector's frame comes first.
   */
  idle?: boolean;
}

/** How long a copy's picture may wait for an idle moment, at most. */
const IDLE_DRAW_MS = 300;

/** An animation waiting for the frame after the key press; cancelled by any later draw of the same element. */
const waiting = new WeakMap<HTMLElement, () => void>();

/**
 * Runs `start` in the frame after the next. A step's key press already carries reveal's own work (the fragment,
 * the URL, the slide number) and the frame that shows it; setting up the step's transitions in the same task made
 * one long frame of both on a slow laptop. Started from an animation frame callback, d3's transitions take their
 * first values in the frame after that: the key press, the set-up and the first move are three frames, not one.
 * Returns a cancel.
 */
function afterNextFrame(start: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(start);
  });
  return () => {
    cancelAnimationFrame(frame);
  };
}

/**
 * Draws `step` and keeps the element's `data-drawn` signal true to the screen: removed while the picture moves
 * (or waits to), set to the step once its final picture is there. Tests and the soak wait on it instead of
 * guessing how long an animation runs. A direct draw happens at once; an animation starts after the next frame.
 */
function draw(element: HTMLElement, m: MountedScene, step: Step, animate: boolean, idle = false): void {
  markMoving(element);
  waiting.get(element)?.();
  waiting.delete(element);
  const render = (): void => {
    waiting.delete(element);
    m.view.render(m.scene.picture(step), { animate }, () => {
      if (m.step === step) markDrawn(element, step);
    });
  };
  if (animate) waiting.set(element, afterNextFrame(render));
  else if (idle) waiting.set(element, whenIdle(render, IDLE_DRAW_MS));
  else render();
}

/**
 * Draws the element's scene at `step` (clamped into range) and records it in `data-step`. Drawing the step
 * already shown does nothing, so callers may call this on every deck event.
 */
export function showStep(element: HTMLElement, step: Step, options: ShowOptions = {}): void {
  const m = mounting(element, options.fresh ?? false);
  if (!m) return;
  const target = m.scene.clamp(step);
  if (m.step === target) return;
  const animate = m.step !== null && (options.animate?.(m.step, target) ?? false);
  m.step = target;
  element.dataset.step = String(target);
  m.caption.textContent = m.scene.caption(target);
  m.description.textContent = m.scene.describe(target);
  draw(element, m, target, animate, options.idle);
}

/** Draws the step on screen again, directly: ends any animation at its final picture. */
export function settle(element: HTMLElement): void {
  const m = mounted.get(element);
  if (!m || m.step === null) return;
  draw(element, m, m.step, false);
}
