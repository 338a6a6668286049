// @vitest-environment happy-dom
import { select } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import { apply, type Pass } from '../../../../src/platform/scene-render/pass';

interface Datum {
  key: string;
  delay?: number;
  width: number;
  dashed: boolean;
}

/** Three rects already drawn at widths 10, 20, 30 (the second one dashed); the data says where they go next. */
function drawn(next: Datum[]) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [i, width] of [10, 20, 30].entries()) {
    const rect = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'rect'));
    rect.setAttribute('width', String(width));
    if (i === 1) rect.setAttribute('stroke-dasharray', '9 6');
  }
  const rects = select(svg).selectAll<SVGRectElement, Datum>('rect').data(next);
  return { svg, rects };
}

const moving = (svg: SVGSVGElement): number[] =>
  [...svg.querySelectorAll('rect')].flatMap((rect, i) => ((rect as unknown as { __transition?: object }).__transition ? [i] : []));

const attrs = { width: (d: Datum) => d.width, 'stroke-dasharray': (d: Datum) => (d.dashed ? '9 6' : null) };

describe('apply, animated', () => {
  it('gives a transition only to the elements whose attributes change, a removed attribute counting as a change', () => {
    const { svg, rects } = drawn([
      { key: 'a', width: 10, dashed: false },
      { key: 'b', width: 20, dashed: false },
      { key: 'c', width: 35, dashed: false },
    ]);
    const pass: Pass = { animate: true, started: [] };
    apply(rects, attrs, pass);
    expect(moving(svg)).toEqual([1, 2]);
    expect(pass.started).toHaveLength(1);
  });

  it('starts nothing, and waits on nothing, when every element is already where the step puts it', () => {
    const { svg, rects } = drawn([
      { key: 'a', width: 10, dashed: false },
      { key: 'b', width: 20, dashed: true },
      { key: 'c', width: 30, dashed: false },
    ]);
    const pass: Pass = { animate: true, started: [] };
    apply(rects, attrs, pass);
    expect(moving(svg)).toEqual([]);
    expect(pass.started).toEqual([]);
  });

  it('a direct draw sets every attribute at once', () => {
    const { svg, rects } = drawn([
      { key: 'a', width: 11, dashed: true },
      { key: 'b', width: 20, dashed: false },
      { key: 'c', width: 30, dashed: false },
    ]);
    apply(rects, attrs, { animate: false, started: [] });
    expect(
      [...svg.querySelectorAll('rect')].map((r) => `${r.getAttribute('width') ?? ''}|${r.getAttribute('stroke-dasharray') ?? ''}`),
    ).toEqual(['11|9 6', '20|', '30|']);
    expect(moving(svg)).toEqual([]);
  });
});
