import { formatClock, isGap, type Schedule, type ScheduleItem } from '../../core/agenda';
import { ITEM_KIND_TABLE, type ItemKind } from '../../model/kinds';
import { measureText as textWidth } from '../../core/text-width';

/** The agenda timeline's geometry, in the SVG's own units (a 1200-wide viewBox on a 1280x720 slide). */
export const TIMELINE = {
  width: 1200,
  nowTagY: 20,
  axisY: 50,
  barTop: 62,
  barHeight: 64,
  /** Labels that do not fit their bar hang below it, in rows this far apart. */
  rowTop: 148,
  rowHeight: 58,
  titleSize: 22,
  timeSize: 20,
  tickSize: 20,
  /** Space between a leader line and its label, and between labels in a row. */
  pad: 7,
  gap: 14,
} as const;

export interface Bar {
  readonly key: string;
  readonly kind: ItemKind;
  /** The block, or the break or free time, the bar belongs to: a block a break interrupts has several bars. */
  readonly group: string;
  readonly x0: number;
  readonly x1: number;
  readonly start: number;
  readonly end: number;
}

export interface Label {
  readonly key: string;
  readonly group: string;
  readonly time: string;
  readonly title: string;
  /** Where the leader leaves the bar; for a label inside its bar, where the text starts. */
  readonly anchor: number;
  /** Undefined: inside the bar. Otherwise the row below the bars, 0 nearest. */
  readonly row: number | undefined;
  /** Which side of the leader the text sits on. */
  readonly side: 'right' | 'left';
  readonly width: number;
}

export interface TimelineLayout {
  readonly bars: readonly Bar[];
  readonly labels: readonly Label[];
  readonly ticks: readonly { readonly x: number; readonly text: string }[];
  readonly rows: number;
  readonly height: number;
  readonly x: (minutes: number) => number;
}

const groupOf = (item: ScheduleItem): string => (isGap(item) ? `${item.kind}@${item.start}` : item.blockId);

export function layOutTimeline(schedule: Schedule): TimelineLayout {
  const { width } = TIMELINE;
  const span = Math.max(1, schedule.end - schedule.start);
  const x = (minutes: number): number => ((minutes - schedule.start) / span) * width;
  const seen = new Map<string, number>();
  const bars = schedule.items.map((item): Bar => {
    const group = groupOf(item);
    const index = seen.get(group) ?? 0;
    seen.set(group, index + 1);
    return { key: `${group}#${index}`, kind: item.kind, group, x0: x(item.start), x1: x(item.end), start: item.start, end: item.end };
  });

  const wanted = bars
    .filter((bar) => bar.key.endsWith('#0'))
    .map((bar) => {
      const item = schedule.items[bars.indexOf(bar)];
      const title = item?.title ?? '';
      // The kind in words beside the time: the bar's colour must not be the only sign of it (WCAG 1.4.1).
      const time = `${formatClock(bar.start)} · ${ITEM_KIND_TABLE[bar.kind].label.toLowerCase()}`;
      const labelWidth = Math.max(textWidth(title, TIMELINE.titleSize, true), textWidth(time, TIMELINE.timeSize));
      const inside = labelWidth + 2 * TIMELINE.pad * 2 <= bar.x1 - bar.x0;
      const anchor = inside ? bar.x0 + 2 * TIMELINE.pad : clamp((bar.x0 + bar.x1) / 2, bar.x0 + 3, bar.x1 - 3);
      return { key: bar.group, group: bar.group, time, title, anchor, width: labelWidth, inside };
    });
  const outside = wanted.filter((label) => !label.inside);
  const placed = placeLabels(
    outside.map((label) => ({ anchor: label.anchor, width: label.width })),
    width,
  );
  const labels = wanted.map((label): Label => {
    const spot = label.inside ? undefined : placed[outside.indexOf(label)];
    return {
      key: label.key,
      group: label.group,
      time: label.time,
      title: label.title,
      anchor: label.anchor,
      width: label.width,
      row: spot?.row,
      side: spot?.side ?? 'right',
    };
  });
  const rows = Math.max(0, ...placed.map((spot) => spot.row + 1));
  return { bars, labels, ticks: ticks(schedule, x), rows, height: TIMELINE.rowTop + rows * TIMELINE.rowHeight, x };
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Hours on the axis; half hours on a short day, every two hours on a long one. */
function ticks(schedule: Schedule, x: (minutes: number) => number): { x: number; text: string }[] {
  const hours = (schedule.end - schedule.start) / 60;
  const step = hours <= 3 ? 30 : hours <= 9 ? 60 : 120;
  const result: { x: number; text: string }[] = [];
  for (let t = Math.ceil(schedule.start / step) * step; t <= schedule.end; t += step) {
    result.push({ x: x(t), text: formatClock(t) });
  }
  return result;
}

export interface Spot {
  readonly row: number;
  readonly side: 'right' | 'left';
}

interface Wanted {
  readonly anchor: number;
  readonly width: number;
}

/** Rows of hanging labels the timeline grows to at most: beyond that the slide has no room below the bars. */
export const MAX_LABEL_ROWS = 8;

/** What a call cost: tests assert that the work grows linearly with the number of labels. */
export interface PlaceStats {
  /** Row and side pairs tried. */
  candidates: number;
}

const SIDES = { right: ['right', 'left'], left: ['left', 'right'] } as const;
/** Where the sweeps split the slide (fractions of its width), the middle first: it draws a normal day. */
const PIVOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0, 1];

/**
 * Rows and sides for labels that hang below their bars on straight leader lines: labels in a row must not
 * overlap, every label stays within `width`, and no label may sit on the leader of a label in a deeper row.
 *
 * One greedy sweep from the middle of the slide outwards. Labels left of the middle read to the right of their
 * leader and labels right of it to the left, so both halves fan out into a staircase, deeper towards the edges;
 * each label takes the shallowest row (its own side first) that clashes with no label placed so far and covers
 * no leader still to come. A backtracking search found the same spots for a normal day, but it is exponential
 * and froze the deck for minutes on a day of 25 short breaks; this tries at most 2 x MAX_LABEL_ROWS spots per
 * label and compares each only with the labels near enough to touch it.
 */
export function placeLabels(labels: readonly Wanted[], width: number, stats: PlaceStats = { candidates: 0 }): Spot[] {
  let best: { spots: Spot[]; clean: boolean; rows: number } | undefined;
  for (const pivot of PIVOTS) {
    const found = sweep(labels, width, pivot * width, stats);
    const rows = Math.max(0, ...found.spots.map((spot) => spot.row + 1));
    if (!best || (found.clean && !best.clean) || (found.clean === best.clean && rows < best.rows)) best = { ...found, rows };
  }
  if (best?.clean !== false) return best?.spots ?? [];
  if (labels.length <= MAX_LABEL_ROWS) {
    // Labels too wide to sit apart: one row each, reading from the leader, is clear of clashes but may leave the slide.
    const byAnchor = labels.map((_, index) => index).sort((a, b) => (labels[a]?.anchor ?? 0) - (labels[b]?.anchor ?? 0));
    return labels.map((_, index) => ({ row: labels.length - 1 - byAnchor.indexOf(index), side: 'right' }));
  }
  // Many more labels than rows can keep apart (a day of many short breaks) overlap some, in a bounded height.
  return best.spots;
}

/** The span a label takes on its side of its leader. */
function box(label: Wanted, side: Spot['side']): [number, number] {
  return side === 'right'
    ? [label.anchor + TIMELINE.pad, label.anchor + TIMELINE.pad + label.width]
    : [label.anchor - TIMELINE.pad - label.width, label.anchor - TIMELINE.pad];
}
function covers([from, to]: [number, number], x: number): boolean {
  return x >= from - TIMELINE.pad && x <= to + TIMELINE.pad;
}
/** Two placed labels overlap in one row, or the shallower one sits on the deeper one's leader. */
function clash(label: Wanted, spot: Spot, them: Wanted, other: Spot): boolean {
  const mine = box(label, spot.side);
  const theirs = box(them, other.side);
  if (other.row === spot.row) return mine[1] + TIMELINE.gap > theirs[0] && theirs[1] + TIMELINE.gap > mine[0];
  return other.row < spot.row ? covers(theirs, label.anchor) : covers(mine, them.anchor);
}

function sweep(labels: readonly Wanted[], width: number, middle: number, stats: PlaceStats): { spots: Spot[]; clean: boolean } {
  const anchor = (index: number): number => labels[index]?.anchor ?? 0;
  const byAnchor = labels.map((_, index) => index).sort((a, b) => anchor(a) - anchor(b));
  const order = labels.map((_, index) => index).sort((a, b) => Math.abs(anchor(a) - middle) - Math.abs(anchor(b) - middle));
  // Two labels farther apart than this can neither overlap nor cover each other's leader.
  const reach = 2 * Math.max(0, ...labels.map((label) => label.width)) + 2 * TIMELINE.pad + TIMELINE.gap;
  /** The first label (by anchor) within reach of `x`. */
  const firstNear = (x: number): number => {
    let low = 0;
    let high = byAnchor.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (anchor(byAnchor[mid] ?? 0) < x - reach) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const spots: (Spot | undefined)[] = labels.map(() => undefined);
  let clean = true;
  for (const index of order) {
    const label = labels[index];
    if (!label) continue;
    const near = firstNear(label.anchor);
    // Ranked by: clashes (a label off the slide counts as one), then covering a leader still to come, then order.
    let best: { spot: Spot; clashes: number; blocks: boolean } | undefined;
    const better = (clashes: number, blocks: boolean): boolean =>
      !best || clashes < best.clashes || (clashes === best.clashes && !blocks && best.blocks);
    for (let row = 0; row < MAX_LABEL_ROWS && !(best?.clashes === 0 && !best.blocks); row++) {
      for (const side of SIDES[label.anchor < middle ? 'right' : 'left']) {
        stats.candidates++;
        const spot = { row, side };
        const mine = box(label, side);
        let clashes = mine[0] < 0 || mine[1] > width ? 1 : 0;
        let blocks = false;
        // A spot with more clashes than the best so far cannot win: stop counting.
        const enough = best ? best.clashes : Infinity;
        for (let k = near; k < byAnchor.length && clashes <= enough && anchor(byAnchor[k] ?? 0) <= label.anchor + reach; k++) {
          const j = byAnchor[k] ?? 0;
          const them = labels[j];
          const other = spots[j];
          if (j === index || !them) continue;
          if (other) clashes += clash(label, spot, them, other) ? 1 : 0;
          else blocks ||= covers(mine, them.anchor);
        }
        if (better(clashes, blocks)) best = { spot, clashes, blocks };
        if (clashes === 0 && !blocks) break;
      }
    }
    if (!best) continue;
    clean &&= best.clashes === 0;
    spots[index] = best.spot;
  }
  return { spots: spots.map((spot) => spot ?? { row: 0, side: 'right' }), clean };
}
