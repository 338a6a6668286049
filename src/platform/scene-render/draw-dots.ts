import { easeCubicInOut } from 'd3-ease';
import type { DotItem } from '../../core/scenes/picture/items';
import { LEG_MS } from '../../core/scenes/picture/marker';
import { stackLines } from '../../core/scenes/picture/stack-lines';
import { DURATION, leave, TRANSITION, type AnySelection, type Pass } from './pass';
import { drawLines } from './text-lines';
import { along, translate, translation } from './travel';

export function drawDots(layer: AnySelection<SVGGElement, unknown>, items: readonly DotItem[], pass: Pass): void {
  const dots = layer.selectAll<SVGGElement, DotItem>(':scope > g.scene-dot').data(items, (d) => d.key);
  leave(dots.exit(), pass);
  const entered = dots
    .enter()
    .append('g')
    .attr('class', 'scene-dot')
    .attr('data-key', (d) => d.key);
  entered.append('circle');
  const all = entered.merge(dots);

  all
    .select('circle')
    .attr('r', (d) => d.r)
    .attr('fill', (d) => d.fill)
    .attr('stroke', (d) => d.stroke)
    .attr('stroke-width', 3);
  drawLines(all, (d) => (d.label ? stackLines([d.label], { x: 0, y: 0, anchor: 'middle' }) : []), pass);

  if (!pass.animate) {
    all.attr('transform', (d) => translate(d)).attr('opacity', (d) => d.opacity ?? 1);
    return;
  }
  // A newcomer appears where its route starts; one already on screen sets off from where it is.
  entered.attr('transform', (d) => translate(d.via?.[0] ?? d)).attr('opacity', 0);
  if (all.empty()) return;
  const t = all
    .transition(TRANSITION)
    .delay((d) => d.delay ?? 0)
    .duration((d) => (d.via ? (d.via.length + 1) * LEG_MS : DURATION))
    .ease(easeCubicInOut)
    .tween('travel', function (d) {
      const from = translation(this.getAttribute('transform')) ?? d;
      const at = along([from, ...(d.via ?? []), d]);
      const fadeFrom = Number(this.getAttribute('opacity') ?? 1);
      const fadeTo = d.opacity ?? 1;
      return (k) => {
        this.setAttribute('transform', translate(at(k)));
        // Fade within the first part of the journey, however long the journey is.
        this.setAttribute('opacity', String(fadeFrom + (fadeTo - fadeFrom) * Math.min(1, k * 5)));
      };
    });
  pass.started.push(t.end());
}
