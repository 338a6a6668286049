import { VIEWBOX } from '../../core/scenes/picture/items';
import { SCENES, type DrawableScene } from '../../core/scenes/registry';
import { watchMotion } from '../../platform/scene-render/reduced-motion';
import { settle, showStep } from '../../platform/scene-render/scene-element';
import type { Step } from '../../core/scenes/types';
import { disposer } from '../../platform/feature';
import { legibleWidth, smallestText } from './legible';

/**
 * The smallest label the student view shows, in CSS px: the 14 px the rest of the page keeps. Narrower than
 * that, the figure scrolls sideways; it is scaled as a whole, so no label moves closer to another.
 */
export const LABEL_FLOOR_PX = 14;

function steps(scene: DrawableScene): Step[] {
  return Array.from({ length: scene.steps + 1 }, (_, i) => i - 1);
}

/** The width at which every step's smallest label reaches the floor, so the width does not jump between steps. */
function sceneWidth(scene: DrawableScene): number {
  return Math.max(0, ...steps(scene).map((step) => legibleWidth(VIEWBOX.width, smallestText(scene.picture(step)), LABEL_FLOOR_PX)));
}

function button(document: Document, text: string, label: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'scene-button';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  return element;
}

/**
 * Draws each scene at its last step (the handout's picture, with its caption) in a figure that scrolls sideways
 * on a phone rather than shrink its labels, with buttons to step through it as the lecture did.
 */
export function drawScenes(root: ParentNode): void {
  const elements = [...root.querySelectorAll<HTMLElement>('.scene[data-scene]')];
  // The student page keeps its scenes for as long as it is open: nothing here is ever detached.
  const motionAllowed = watchMotion(() => {
    elements.forEach(settle);
  }, disposer());
  for (const element of elements) {
    const scene = SCENES.get(element.dataset.scene ?? '');
    // Draws the "unknown scene" warning when the build does not know it.
    showStep(element, scene ? scene.steps - 1 : -1);
    const svg = element.querySelector('.scene-svg');
    if (!scene || !svg) continue;
    const document = element.ownerDocument;
    const scroller = document.createElement('div');
    scroller.className = 'scene-scroll';
    scroller.tabIndex = 0;
    // Focusable so a keyboard can scroll it; a named region, so what takes the focus is announced for what it is.
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', `${scene.title}: scrolls sideways`);
    svg.before(scroller);
    scroller.append(svg);
    const hint = document.createElement('p');
    hint.className = 'scene-hint';
    hint.textContent = 'Swipe sideways for the whole picture →';
    scroller.before(hint);
    // Only where the picture is wider than the screen: a laptop shows it whole.
    new ResizeObserver(() => {
      hint.hidden = scroller.scrollWidth <= scroller.clientWidth + 1;
    }).observe(scroller);
    element.style.setProperty('--legible-width', `${String(sceneWidth(scene))}px`);

    const controls = document.createElement('div');
    controls.className = 'scene-steps';
    // The spoken name starts with the visible word (2.5.3 Label in Name): a voice user says "Back" and it works.
    const back = button(document, '◀ Back', `Back: ${scene.title}, previous step`);
    const status = document.createElement('span');
    status.className = 'scene-status';
    const next = button(document, 'Next ▶', `Next: ${scene.title}, next step`);
    controls.append(back, status, next);
    element.append(controls);
    // Here the buttons change the step, so the words for it are announced; the deck has one reader of its own.
    for (const words of element.querySelectorAll('.scene-caption, .scene-description')) words.setAttribute('aria-live', 'polite');

    const show = (step: Step, animate: boolean): void => {
      showStep(element, step, { animate: () => animate && motionAllowed() });
      const shown = Number(element.dataset.step);
      status.textContent = shown < 0 ? `Start · ${String(scene.steps)} steps` : `Step ${String(shown + 1)} of ${String(scene.steps)}`;
      back.disabled = shown <= -1;
      next.disabled = shown >= scene.steps - 1;
    };
    back.addEventListener('click', () => {
      show(Number(element.dataset.step) - 1, true);
    });
    next.addEventListener('click', () => {
      show(Number(element.dataset.step) + 1, true);
    });
    // The live class draws the lecturer's step here (live-class.ts).
    element.addEventListener('scene-step', (event) => {
      const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
      if (typeof detail === 'object' && detail !== null && 'step' in detail && typeof detail.step === 'number') {
        show(detail.step, 'animate' in detail && detail.animate === true);
      }
    });
    show(scene.steps - 1, false);
  }
}
