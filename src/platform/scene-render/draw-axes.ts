import { axisBottom, axisTop } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { INK } from '../../model/palette';
import type { AxisItem } from '../../core/scenes/picture/items';
import { apply, leave, type AnySelection, type Pass } from './pass';
import { translate } from './travel';

function axisOf(item: AxisItem) {
  const scale = scaleLinear().domain(item.domain).range(item.range);
  return (item.side === 'top' ? axisTop(scale) : axisBottom(scale))
    .tickValues(item.ticks)
    .tickFormat((v) => (Number(v) === 0 ? '0' : Number(v).toFixed(item.decimals)))
    .tickSizeOuter(0)
    .tickPadding(6);
}

/** Axes redraw their ticks directly every time; only the axis as a whole fades in and out. */
export function drawAxes(layer: AnySelection<SVGGElement, unknown>, items: readonly AxisItem[], pass: Pass): void {
  const axes = layer.selectAll<SVGGElement, AxisItem>(':scope > g.scene-axis').data(items, (d) => d.key);
  leave(axes.exit(), pass);
  const entered = axes
    .enter()
    .append('g')
    .attr('class', 'scene-axis')
    .attr('data-key', (d) => d.key);
  if (pass.animate) entered.attr('opacity', 0);
  const all = entered.merge(axes);
  all.each(function (d) {
    select(this).call(axisOf(d));
  });
  // d3-axis writes a 10px sans-serif default; the slide's font and a readable size replace it.
  all
    .attr('transform', (d) => translate(d))
    .attr('font-size', (d) => d.fontSize)
    .attr('font-family', null)
    .attr('color', INK);
  all.selectAll('.domain, .tick line').attr('stroke-width', 1.5);
  apply(all, { opacity: (d) => d.opacity ?? 1 }, pass);
}
