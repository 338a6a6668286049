import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type BaseType, type Selection as D3Selection } from 'd3-selection';
import type { BlockRow, SlideRow, Status } from './report';

const STATUS_COLOUR: Record<Status, string> = {
  over: '#b3261e',
  under: '#1f5fa8',
  'on plan': '#2e7d4f',
  partly: '#8a6d00',
  skipped: '#9aa1b1',
  'not reached': '#c9cdd6',
};

const minutes = (s: number) => s / 60;
const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(width: number, height: number, label: string): SVGSVGElement {
  const el = document.createElementNS(SVG_NS, 'svg');
  el.setAttribute('viewBox', `0 0 ${width} ${height}`);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  el.classList.add('rehearsal-chart');
  return el;
}

/**
 * Planned against recorded (or projected) minutes per block: a grey bar for the plan, a coloured one for this
 * run, a black tick for the previous run.
 */
export function blockChart(rows: readonly BlockRow[]): SVGSVGElement {
  const width = 1000;
  const left = 230;
  const rowHeight = 46;
  const height = rows.length * rowHeight + 40;
  const el = svg(width, height, 'Planned and recorded minutes per agenda block');
  const max = Math.max(1, ...rows.flatMap((r) => [r.plannedS, r.projectedS, r.previousS ?? 0]).map(minutes));
  const x = scaleLinear()
    .domain([0, max])
    .range([left, width - 130])
    .nice();
  const y = scaleBand()
    .domain(rows.map((r) => r.id))
    .range([0, rows.length * rowHeight])
    .padding(0.2);
  const root = select(el);
  root
    .append('g')
    .attr('transform', `translate(0,${rows.length * rowHeight + 4})`)
    .call(
      axisBottom(x)
        .ticks(8)
        .tickFormat((d) => `${String(d)} min`),
    );
  const row = root
    .selectAll('g.row')
    .data(rows)
    .join('g')
    .attr('class', 'row')
    .attr('transform', (r) => `translate(0,${y(r.id) ?? 0})`);
  drawBlockRows(row, x, left, y.bandwidth());
  return el;
}

/** Per block: its title, the plan's grey bar, this run's coloured bar, the previous run's tick and the figures. */
function drawBlockRows(
  row: D3Selection<SVGGElement | BaseType, BlockRow, SVGSVGElement, unknown>,
  x: ScaleLinear<number, number>,
  left: number,
  band: number,
): void {
  row
    .append('text')
    .attr('x', left - 10)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((r) => r.title);
  row
    .append('rect')
    .attr('x', left)
    .attr('y', 0)
    .attr('height', band / 2 - 1)
    .attr('width', (r) => x(minutes(r.plannedS)) - left)
    .attr('fill', '#d5d9e2');
  row
    .append('rect')
    .attr('x', left)
    .attr('y', band / 2)
    .attr('height', band / 2)
    .attr('width', (r) => x(minutes(r.projectedS)) - left)
    .attr('fill', (r) => STATUS_COLOUR[r.status]);
  row
    .filter((r) => r.previousS !== null)
    .append('line')
    .attr('x1', (r) => x(minutes(r.previousS ?? 0)))
    .attr('x2', (r) => x(minutes(r.previousS ?? 0)))
    .attr('y1', -2)
    .attr('y2', band + 2)
    .attr('stroke', '#1d2230')
    .attr('stroke-width', 3);
  row
    .append('text')
    .attr('class', 'value')
    .attr('x', (r) => Math.max(x(minutes(r.projectedS)), x(minutes(r.plannedS)), x(minutes(r.previousS ?? 0))) + 10)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .text((r) => `${Math.round(minutes(r.projectedS))} of ${Math.round(minutes(r.plannedS))} min`);
}

/** Seconds over (right, red) or under (left, blue) the plan, per slide reached. */
export function slideChart(rows: readonly SlideRow[]): SVGSVGElement {
  const width = 1000;
  const left = 330;
  const rowHeight = 24;
  const height = rows.length * rowHeight + 36;
  const el = svg(width, height, 'Seconds over or under plan per slide');
  const extent = Math.max(30, ...rows.map((r) => Math.abs(r.actualS - r.plannedS)));
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([left, width - 20])
    .nice();
  const y = scaleBand()
    .domain(rows.map((r) => r.slide))
    .range([0, rows.length * rowHeight])
    .padding(0.15);
  const root = select(el);
  root
    .append('g')
    .attr('transform', `translate(0,${rows.length * rowHeight + 4})`)
    .call(
      axisBottom(x)
        .ticks(8)
        .tickFormat((d) => `${Number(d) > 0 ? '+' : ''}${String(d)} s`),
    );
  root
    .append('line')
    .attr('x1', x(0))
    .attr('x2', x(0))
    .attr('y1', 0)
    .attr('y2', rows.length * rowHeight)
    .attr('stroke', '#59627a');
  const row = root
    .selectAll('g.row')
    .data(rows)
    .join('g')
    .attr('class', 'row')
    .attr('transform', (r) => `translate(0,${y(r.slide) ?? 0})`);
  const band = y.bandwidth();
  row
    .append('text')
    .attr('x', left - 10)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((r) => shorten(r.title, 34));
  row
    .append('rect')
    .attr('x', (r) => Math.min(x(0), x(r.actualS - r.plannedS)))
    .attr('y', 0)
    .attr('height', band)
    .attr('width', (r) => Math.abs(x(r.actualS - r.plannedS) - x(0)))
    .attr('fill', (r) => STATUS_COLOUR[r.status]);
  return el;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
