import { SCENES } from '../../core/scenes/registry';
import type { Step } from '../../core/scenes/types';
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
  const created = mount(element, scene);
  mounted.set(element, created);
  return created;
}

export interface ShowOptions {
  /** Called with the step on screen and the one to draw; true animates between them. */
  animate?: (from: Step, to: Step) => boolean;
  /** Rebuild the SVG first: for print copies, whose cloned SVG carries no D3 data. */
  fresh?: boolean;
}

/**
 * Draws `step` and keeps the element's `data-drawn` signal true to the screen: removed while the picture moves,
 * set to the step once its final picture is there. Tests and the soak wait on it instead of guessing how long
 * an animation runs.
 */
function draw(element: HTMLElement, m: MountedScene, step: Step, animate: boolean): void {
  delete element.dataset.drawn;
  m.view.render(m.scene.picture(step), { animate }, () => {
    if (m.step === step) element.dataset.drawn = String(step);
  });
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
  draw(element, m, target, animate);
}

/** Draws the step on screen again, directly: ends any animation at its final picture. */
export function settle(element: HTMLElement): void {
  const m = mounted.get(element);
  if (!m || m.step === null) return;
  draw(element, m, m.step, false);
}
