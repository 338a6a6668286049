import { select } from 'd3-selection';
import type { Picture } from '../../core/scenes/picture/items';
import type { SceneView } from '../../core/scenes/types';
import { adoptChildren } from './adopt';
import { drawPicture } from './draw-picture';
import { TRANSITION, type Pass } from './pass';
import { latestOnly, whenAllEnd } from './settled';

/**
 * A view over one <g> of a scene's SVG. Every render first stops whatever is still moving, so a quick run of
 * steps always ends at the last one asked for.
 *
 * Only an animation works on the elements already there (keyed joins carry each item from its old place to its
 * new one). A direct draw, and the end of every animation, draws the picture from nothing off the page and
 * takes over the items whose markup differs: the SVG is then the same string however a step was reached, down
 * to attribute order and colour notation (interpolators leave `rgb(…)` where a direct draw writes `#…`, and
 * attributes removed and set again move to the end), while items already right are not styled and laid out
 * again.
 * `onDrawn` runs at that moment: at once for a direct draw, after the last transition for an animation, never
 * for an animation a later render overtook.
 */
export function createView(layer: SVGGElement): SceneView {
  const root = select(layer);
  const ticket = latestOnly();

  const drawAfresh = (picture: Picture): void => {
    const fresh = layer.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    drawPicture(select(fresh), picture, { animate: false, started: [] });
    adoptChildren(layer, fresh);
  };

  return {
    render(picture, { animate }, onDrawn) {
      const current = ticket();
      root.selectAll('*').interrupt(TRANSITION);
      if (!animate) {
        drawAfresh(picture);
        onDrawn();
        return;
      }
      const pass: Pass = { animate: true, started: [] };
      drawPicture(root, picture, pass);
      whenAllEnd(pass.started, current, () => {
        drawAfresh(picture);
        onDrawn();
      });
    },
  };
}
