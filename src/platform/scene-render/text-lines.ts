import { INK } from '../../model/palette';
import type { PlacedLine } from '../../core/scenes/picture/stack-lines';
import { apply, DURATION, TRANSITION, type AnySelection, type Pass } from './pass';

const MONO_FONT = "'JetBrains Mono', ui-monospace, 'DejaVu Sans Mono', monospace";

/**
 * Draws placed lines as <text> children of each element in `parents`, keyed by line index. Lines already there
 * move to their new place; new lines appear in place and fade in once their box has arrived (or grown).
 */
export function drawLines<P extends Element, D>(parents: AnySelection<P, D>, linesOf: (d: D) => PlacedLine[], pass: Pass): void {
  const texts = parents.selectAll<SVGTextElement, PlacedLine>(':scope > text').data(linesOf);
  texts.exit().remove();
  const entered = texts
    .enter()
    .append('text')
    .attr('dy', '0.35em')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y);
  // Words cannot be interpolated: the text changes at once, only its position animates.
  entered
    .merge(texts)
    .text((d) => d.text)
    .attr('font-size', (d) => d.size)
    .attr('font-weight', (d) => (d.bold ? 700 : null))
    .attr('font-style', (d) => (d.italic ? 'italic' : null))
    .attr('font-family', (d) => (d.mono ? MONO_FONT : null))
    .attr('text-anchor', (d) => d.anchor)
    .attr('fill', (d) => d.fill ?? INK);
  apply(texts, { x: (d) => d.x, y: (d) => d.y }, pass);
  if (!pass.animate || entered.empty()) return;
  const fade = entered
    .attr('opacity', 0)
    .transition(TRANSITION)
    .delay((d) => (d.delay ?? 0) + DURATION)
    .duration(DURATION / 2)
    .attr('opacity', 1);
  pass.started.push(fade.end());
}
