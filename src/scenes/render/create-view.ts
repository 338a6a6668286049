import { select } from 'd3-selection';
import type { SceneView } from '../types';
import { drawPicture } from './draw-picture';
import { TRANSITION, type Pass } from './pass';

/**
 * A view over one <g> of a scene's SVG. Every render first stops whatever is still moving, so a quick run of
 * steps always ends at the last one asked for. After an animation ends the picture is drawn once more directly:
 * interpolators leave values such as `rgb(…)` colours where a direct draw writes `#…`, and the SVG must be
 * the same however a step was reached.
 */
export function createView(layer: SVGGElement): SceneView {
  const root = select(layer);
  let generation = 0;
  return {
    render(picture, { animate }) {
      const current = ++generation;
      root.selectAll('*').interrupt(TRANSITION);
      const pass: Pass = { animate, started: [] };
      drawPicture(root, picture, pass);
      if (!animate) return;
      void Promise.all(pass.started).then(
        () => {
          if (current === generation) drawPicture(root, picture, { animate: false, started: [] });
        },
        () => {
          // Interrupted: a later render owns the picture now.
        },
      );
    },
  };
}
