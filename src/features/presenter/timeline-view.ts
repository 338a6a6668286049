import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { formatClock, formatSpan, type Schedule } from '../../core/agenda';
import { ITEM_KIND_TABLE } from '../../model/kinds';
import { INK } from '../../model/palette';
import { drawTimelineTable, markTimelineTable } from './timeline-table';
import { layOutTimeline, TIMELINE, type Bar, type Label, type TimelineLayout } from './timeline-layout';

const MOVE_MS = 450;
/** Half an hour label's width and a little: closer than this, the clock line would cut the label. */
const NEAR_TICK = 34;

/** The agenda slide's timeline: the day's blocks on a clock-time axis, the current one marked. */
export interface TimelineView {
  /** Draws the day; `animate` moves what changed (an adjustment) instead of jumping. */
  draw(schedule: Schedule, animate: boolean): void;
  /** Marks the block the clock is in; undefined (print view) marks nothing. */
  mark(minutes: number | undefined): void;
}

type Attrs<D> = Pick<Selection<SVGElement, D, SVGGElement, null>, 'attr'>;
type Layer = Selection<SVGGElement, null, SVGSVGElement, null>;

/** The same attributes, set at once or moved to: d3 selections and transitions share `attr`. */
const move = <E extends SVGElement, D>(selection: Selection<E, D, SVGGElement, null>, animate: boolean): Attrs<D> =>
  (animate ? selection.transition().duration(MOVE_MS) : selection) as unknown as Attrs<D>;

export function timelineView(container: HTMLElement): TimelineView {
  const svg = select(container)
    .selectAll<SVGSVGElement, null>('svg')
    .data([null])
    .join('svg')
    .attr('class', 'agenda-timeline-svg')
    .attr('role', 'img');
  const layer = (name: string): Layer => svg.selectAll<SVGGElement, null>(`g.${name}`).data([null]).join('g').attr('class', name);
  const ticks = layer('tl-ticks');
  const bars = layer('tl-bars');
  const leaders = layer('tl-leaders');
  // Under the labels: a label the clock line crosses stays readable.
  const now = layer('tl-now');
  const labels = layer('tl-labels');
  let layout: TimelineLayout | undefined;
  let current: Schedule | undefined;
  let table: HTMLTableElement | undefined;
  /** What the mark shows now: the clock ticks every second, but the mark moves about once a minute. */
  let marked: string | undefined;

  return {
    draw(schedule, animate) {
      current = schedule;
      marked = undefined;
      layout = layOutTimeline(schedule);
      // The picture is named; its blocks and times are read from the table, once.
      svg
        .attr('viewBox', `0 0 ${TIMELINE.width} ${layout.height}`)
        .attr(
          'aria-label',
          `Timeline of today's agenda, ${formatSpan(schedule.start, schedule.end)}: its blocks and times are in the table that follows`,
        );
      table = drawTimelineTable(container, schedule, layout);
      drawTicks(ticks, layout);
      drawBars(bars, layout, animate);
      drawLeaders(leaders, layout, animate);
      drawLabels(labels, layout, animate);
    },
    mark(minutes) {
      const at = minutes !== undefined && current && layout && minutes >= current.start && minutes < current.end ? minutes : undefined;
      const item = at === undefined ? undefined : current?.items.find((i) => at >= i.start && at < i.end);
      const group = item && ('blockId' in item ? item.blockId : `${item.kind}@${item.start}`);
      const nowX = at === undefined || !layout ? undefined : layout.x(at);
      const label = at === undefined ? '' : `now ${formatClock(at)}`;
      // Half a pixel of the timeline's width: nothing a viewer could see changes below that.
      const shows = `${group ?? ''}|${nowX === undefined ? '' : Math.round(nowX * 2)}|${label}`;
      if (shows === marked) return;
      marked = shows;
      bars.selectAll<SVGRectElement, Bar>('rect').classed('is-now', (d) => d.group === group);
      if (table) markTimelineTable(table, group);
      labels.selectAll<SVGGElement, Label>('g').classed('is-now', (d) => d.group === group);
      drawNow(now, nowX, label);
      // The clock line runs through the axis: an hour label it would cut is hidden (the tag says the time).
      ticks.selectAll<SVGGElement, { x: number }>('g').classed('is-hidden', (d) => nowX !== undefined && Math.abs(d.x - nowX) < NEAR_TICK);
    },
  };
}

/** A group with a line and a text per datum: a tick on the axis, or the clock's "now" tag. */
function lineAndText<D>(layer: Layer, data: readonly D[], key?: (d: D) => string) {
  return layer
    .selectAll<SVGGElement, D>('g')
    .data(data, key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text');
      return g;
    });
}

function drawTicks(ticks: Layer, layout: TimelineLayout): void {
  const tick = lineAndText(ticks, layout.ticks, (d) => d.text).attr('transform', (d) => `translate(${d.x},0)`);
  tick
    .select('line')
    .attr('y1', TIMELINE.axisY + 6)
    .attr('y2', TIMELINE.barTop + TIMELINE.barHeight);
  tick
    .select('text')
    .attr('y', TIMELINE.axisY)
    .attr('font-size', TIMELINE.tickSize)
    .attr('text-anchor', (d) => (d.x < 30 ? 'start' : d.x > TIMELINE.width - 30 ? 'end' : 'middle'))
    .text((d) => d.text);
}

function drawBars(bars: Layer, { bars: data, x }: TimelineLayout, animate: boolean): void {
  const rect = bars
    .selectAll<SVGRectElement, Bar>('rect')
    .data(data, (d) => d.key)
    .join('rect')
    .attr('class', (d) => `tl-bar kind-${d.kind}`)
    .attr('data-group', (d) => d.group)
    .attr('data-start', (d) => formatClock(d.start))
    .attr('data-end', (d) => formatClock(d.end))
    .attr('y', TIMELINE.barTop)
    .attr('height', TIMELINE.barHeight)
    .attr('fill', (d) => ITEM_KIND_TABLE[d.kind].fill);
  move(rect, animate)
    .attr('x', (d) => x(d.start))
    .attr('width', (d) => Math.max(1, x(d.end) - x(d.start)));
}

/** The lines from a bar down to its label, for labels hung in rows below the bars. */
function drawLeaders(leaders: Layer, layout: TimelineLayout, animate: boolean): void {
  const hanging = layout.labels.filter((label) => label.row !== undefined);
  const leader = leaders
    .selectAll<SVGLineElement, Label>('line')
    .data(hanging, (d) => d.key)
    .join('line')
    .attr('stroke', INK);
  move(leader, animate)
    .attr('x1', (d) => d.anchor)
    .attr('x2', (d) => d.anchor)
    .attr('y1', TIMELINE.barTop + TIMELINE.barHeight)
    .attr('y2', (d) => rowTop(d) + TIMELINE.rowHeight - 8);
}

function drawLabels(labels: Layer, layout: TimelineLayout, animate: boolean): void {
  const label = labels
    .selectAll<SVGGElement, Label>('g')
    .data(layout.labels, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('text').attr('class', 'tl-time');
      g.append('text').attr('class', 'tl-title');
      return g;
    })
    .attr('class', 'tl-label')
    .attr('data-group', (d) => d.group)
    .attr('text-anchor', (d) => (d.side === 'left' ? 'end' : 'start'));
  label
    .select('.tl-time')
    .attr('font-size', TIMELINE.timeSize)
    .attr('y', (d) => (d.row === undefined ? TIMELINE.barTop + 26 : rowTop(d) + 20))
    .text((d) => d.time);
  label
    .select('.tl-title')
    .attr('font-size', TIMELINE.titleSize)
    .attr('y', (d) => (d.row === undefined ? TIMELINE.barTop + 52 : rowTop(d) + 46))
    .text((d) => d.title);
  move(label, animate).attr('transform', (d) => `translate(${textX(d)},0)`);
}

/** The clock's line and "now" tag, or none outside the class hours. */
function drawNow(now: Layer, nowX: number | undefined, label: string): void {
  const marker = lineAndText(now, nowX === undefined ? [] : [nowX]).attr('transform', (d) => `translate(${d},0)`);
  marker
    .select('line')
    .attr('y1', TIMELINE.nowTagY + 6)
    .attr('y2', TIMELINE.barTop + TIMELINE.barHeight + 6);
  marker
    .select('text')
    .attr('y', TIMELINE.nowTagY)
    .attr('font-size', TIMELINE.tickSize)
    .attr('text-anchor', (d) => (d < 60 ? 'start' : d > TIMELINE.width - 60 ? 'end' : 'middle'))
    .text(label);
}

const rowTop = (label: Label): number => TIMELINE.rowTop + (label.row ?? 0) * TIMELINE.rowHeight;

/** Where a label's text starts (or ends, on the left of its leader). */
const textX = (label: Label): number =>
  label.row === undefined ? label.anchor : label.side === 'left' ? label.anchor - TIMELINE.pad : label.anchor + TIMELINE.pad;
