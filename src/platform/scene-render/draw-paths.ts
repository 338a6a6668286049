import type { PathItem } from '../../core/scenes/picture/items';
import { apply, leave, type AnySelection, type Pass } from './pass';

const DASH = '10 7';

export function drawPaths(layer: AnySelection<SVGGElement, unknown>, items: readonly PathItem[], pass: Pass): void {
  const paths = layer.selectAll<SVGPathElement, PathItem>(':scope > path.scene-path').data(items, (d) => d.key);
  leave(paths.exit(), pass);
  const entered = paths
    .enter()
    .append('path')
    .attr('class', 'scene-path')
    .attr('data-key', (d) => d.key);
  if (pass.animate) entered.attr('d', (d) => d.d).attr('opacity', 0);
  apply(
    entered.merge(paths),
    {
      d: (d) => d.d,
      fill: (d) => d.fill ?? 'none',
      stroke: (d) => d.stroke,
      'stroke-width': (d) => d.strokeWidth,
      'stroke-dasharray': (d) => (d.dashed ? DASH : null),
      opacity: (d) => d.opacity ?? 1,
    },
    pass,
  );
}
