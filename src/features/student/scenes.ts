import { VIEWBOX } from '../../core/scenes/picture/items';
import { SCENES, type DrawableScene } from '../../core/scenes/registry';
import { watchMotion } from '../../platform/scene-render/reduced-motion';
import { settle, showStep } from '../../platform/scene-render/scene-element';
import type { Step } from '../../core/scenes/types';
import { disposer } from '../../platform/feature';
import { legibleWidth, smallestText } from './legible';

/**
 * The smallest label the student view shows, in CSS px: the 14 px the rest of the page keeps. A laptop shows the
 * whole figure at that size; a phone fits the figure to the screen and, zoomed to read, scrolls it sideways. The
 * figure is scaled as a whole, so no label moves closer to another.
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
 * On a screen narrower than the picture's legible width (a phone) the whole picture fits first, and a button
 * zooms it to 14px labels, to be read by scrolling sideways; a laptop, wide enough, shows no button.
 */
function zoomButton(element: HTMLElement, scroller: HTMLElement, title: string, legible: number): HTMLButtonElement {
  const zoom = button(element.ownerDocument, '', title);
  zoom.classList.add('scene-zoom');
  const set = (zoomed: boolean): void => {
    element.classList.toggle('scene-zoomed', zoomed);
    zoom.setAttribute('aria-pressed', String(zoomed));
    zoom.textContent = zoomed ? 'Fit to screen' : 'Zoom to read the labels →';
    // The spoken name starts with the visible words (2.5.3 Label in Name).
    zoom.setAttribute('aria-label', `${zoomed ? 'Fit to screen' : 'Zoom to read the labels'}: ${title}`);
    // Focusable only while it scrolls, so a keyboard can scroll it; a named region, announced for what it is.
    if (zoomed) {
      scroller.tabIndex = 0;
      scroller.setAttribute('role', 'region');
      scroller.setAttribute('aria-label', `${title}: scrolls sideways`);
    } else {
      scroller.removeAttribute('tabindex');
      scroller.removeAttribute('role');
      scroller.removeAttribute('aria-label');
    }
  };
  zoom.addEventListener('click', () => {
    set(!element.classList.contains('scene-zoomed'));
  });
  set(false);
  new ResizeObserver(() => {
    zoom.hidden = scroller.clientWidth >= legible;
    if (zoom.hidden) set(false);
  }).observe(scroller);
  return zoom;
}

/**
 * Draws each scene at its last step (the handout's picture, with its caption), fitted to the screen with a zoom
 * to legible labels on a phone, with buttons to step through it as the lecture did.
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
    svg.before(scroller);
    scroller.append(svg);
    const width = sceneWidth(scene);
    element.style.setProperty('--legible-width', `${String(width)}px`);
    scroller.before(zoomButton(element, scroller, scene.title, width));
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
