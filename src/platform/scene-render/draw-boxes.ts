import type { BoxItem } from '../../core/scenes/picture/items';
import { stackLines } from '../../core/scenes/picture/stack-lines';
import { apply, leave, type AnySelection, type Pass } from './pass';
import { drawLines } from './text-lines';
import { translate } from './travel';

const DASH = '9 6';

export function drawBoxes(layer: AnySelection<SVGGElement, unknown>, items: readonly BoxItem[], pass: Pass): void {
  const boxes = layer.selectAll<SVGGElement, BoxItem>(':scope > g.scene-box').data(items, (d) => d.key);
  leave(boxes.exit(), pass);

  const entered = boxes
    .enter()
    .append('g')
    .attr('class', 'scene-box')
    .attr('data-key', (d) => d.key);
  entered.append('rect');
  const all = entered.merge(boxes);

  if (pass.animate) {
    // Start where the box will be, but invisible: faded out, or a bar of no width yet.
    entered.attr('transform', (d) => translate(d)).attr('opacity', (d) => (d.growFromLeft ? (d.opacity ?? 1) : 0));
    entered
      .select('rect')
      .attr('width', (d) => (d.growFromLeft ? 0 : d.width))
      .attr('height', (d) => d.height);
  }

  apply(all, { transform: (d) => translate(d), opacity: (d) => d.opacity ?? 1 }, pass);
  apply(
    all.select<SVGRectElement>('rect'),
    {
      width: (d) => d.width,
      height: (d) => d.height,
      rx: () => 6,
      fill: (d) => d.fill,
      stroke: (d) => d.stroke,
      'stroke-width': (d) => d.strokeWidth,
      'stroke-dasharray': (d) => (d.dashed ? DASH : null),
    },
    pass,
  );
  drawLines(all, (d) => stackLines(d.lines, { x: d.width / 2, y: d.height / 2, anchor: 'middle' }, d.delay), pass);
}
