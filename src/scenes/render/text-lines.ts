import { INK } from '../palette';
import type { PlacedLine } from '../picture/stack-lines';
import { apply, type AnySelection, type Pass } from './pass';

const MONO_FONT = "'JetBrains Mono', ui-monospace, 'DejaVu Sans Mono', monospace";

/** Draws placed lines as <text> children of each element in `parents`, keyed by line index. */
export function drawLines<P extends Element, D>(
  parents: AnySelection<P, D>,
  linesOf: (d: D) => PlacedLine[],
  pass: Pass,
): void {
  const texts = parents
    .selectAll<SVGTextElement, PlacedLine>(':scope > text')
    .data(linesOf)
    .join((enter) => enter.append('text').attr('dy', '0.35em'));
  // Words cannot be interpolated: the text changes at once, only its position animates.
  texts
    .text((d) => d.text)
    .attr('font-size', (d) => d.size)
    .attr('font-weight', (d) => (d.bold ? 700 : null))
    .attr('font-style', (d) => (d.italic ? 'italic' : null))
    .attr('font-family', (d) => (d.mono ? MONO_FONT : null))
    .attr('text-anchor', (d) => d.anchor)
    .attr('fill', (d) => d.fill ?? INK);
  apply(texts, { x: (d) => d.x, y: (d) => d.y }, pass);
}
