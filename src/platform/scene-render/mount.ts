import { VIEWBOX } from '../../core/scenes/picture/items';
import type { DrawableScene } from '../../core/scenes/registry';
import { createView } from './create-view';
import type { SceneView, Step } from '../../core/scenes/types';

const SVG = 'http://www.w3.org/2000/svg';

export interface MountedScene {
  scene: DrawableScene;
  view: SceneView;
  caption: HTMLElement;
  /** What the picture shows now, in words: off screen, read on demand and announced by the deck's reader. */
  description: HTMLElement;
  /** The step on screen; null until the first draw. */
  step: Step | null;
}

function svgChild<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K): SVGElementTagNameMap[K] {
  return parent.appendChild(document.createElementNS(SVG, tag));
}

/**
 * Replaces the element's content with the scene's SVG and its caption. No `id` anywhere: print view clones
 * slides, and the accessible name comes from the <title> child instead of aria-labelledby.
 */
export function mount(element: HTMLElement, scene: DrawableScene): MountedScene {
  element.replaceChildren();
  const svg = svgChild(element, 'svg');
  svg.setAttribute('viewBox', `0 0 ${VIEWBOX.width} ${VIEWBOX.height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'scene-svg');
  svgChild(svg, 'title').textContent = scene.title;
  svgChild(svg, 'desc').textContent = scene.description;
  const layer = svgChild(svg, 'g');
  layer.setAttribute('class', 'scene-items');

  const caption = element.appendChild(document.createElement('p'));
  caption.className = 'scene-caption';
  const description = element.appendChild(document.createElement('p'));
  description.className = 'scene-description sr-only';
  return { scene, view: createView(layer), caption, description, step: null };
}
