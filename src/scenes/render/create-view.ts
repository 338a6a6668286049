import { select } from 'd3-selection';
import type { Picture } from '../picture/items';
import type { SceneView } from '../types';
import { drawPicture } from './draw-picture';
import { TRANSITION, type Pass } from './pass';

/**
 * A view over one <g> of a scene's SVG. Every render first stops whatever is still moving, so a quick run of
 * steps always ends at the last one asked for.
 *
 * Only an animation works on the elements already there (keyed joins carry each item from its old place to its
 * new one). A direct draw, and the end of every animation, rebuilds the picture from nothing: the SVG is then
 * the same string however a step was reached, down to attribute order and colour notation (interpolators
 * leave `rgb(…)` where a direct draw writes `#…`, and attributes removed and set again move to the end).
 */
export function createView(layer: SVGGElement): SceneView {
  const root = select(layer);
  let generation = 0;

  const drawAfresh = (picture: Picture): void => {
    layer.replaceChildren();
    drawPicture(root, picture, { animate: false, started: [] });
  };

  return {
    render(picture, { animate }) {
      const current = ++generation;
      root.selectAll('*').interrupt(TRANSITION);
      if (!animate) {
        drawAfresh(picture);
        return;
      }
      const pass: Pass = { animate: true, started: [] };
      drawPicture(root, picture, pass);
      void Promise.all(pass.started).then(
        () => {
          if (current === generation) drawAfresh(picture);
        },
        () => {
          // Interrupted: a later render owns the picture now.
        },
      );
    },
  };
}
