import type { TextItem } from '../../core/scenes/picture/items';
import { stackLines } from '../../core/scenes/picture/stack-lines';
import { apply, leave, type AnySelection, type Pass } from './pass';
import { drawLines } from './text-lines';

export function drawTexts(layer: AnySelection<SVGGElement, unknown>, items: readonly TextItem[], pass: Pass): void {
  const groups = layer.selectAll<SVGGElement, TextItem>(':scope > g.scene-text').data(items, (d) => d.key);
  leave(groups.exit(), pass);
  const entered = groups
    .enter()
    .append('g')
    .attr('class', 'scene-text')
    .attr('data-key', (d) => d.key);
  if (pass.animate) entered.attr('opacity', 0);
  const all = entered.merge(groups);
  apply(all, { opacity: (d) => d.opacity ?? 1 }, pass);
  drawLines(all, (d) => stackLines(d.lines, { x: d.x, y: d.y, anchor: d.anchor, firstAt: true }, d.delay), pass);
}
