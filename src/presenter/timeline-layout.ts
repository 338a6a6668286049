import { formatClock, isGap, type Schedule, type ScheduleItem } from '../agenda';
import type { ItemKind } from './kinds';
import { textWidth } from './text-width';

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

  const wanted = bars.filter((bar) => bar.key.endsWith('#0')).map((bar) => {
    const item = schedule.items[bars.indexOf(bar)];
    const title = item?.title ?? '';
    const time = formatClock(bar.start);
    const labelWidth = Math.max(textWidth(title, TIMELINE.titleSize, true), textWidth(time, TIMELINE.timeSize));
    const inside = labelWidth + 2 * TIMELINE.pad * 2 <= bar.x1 - bar.x0;
    const anchor = inside ? bar.x0 + 2 * TIMELINE.pad : clamp((bar.x0 + bar.x1) / 2, bar.x0 + 3, bar.x1 - 3);
    return { key: bar.group, group: bar.group, time, title, anchor, width: labelWidth, inside };
  });
  const outside = wanted.filter((label) => !label.inside);
  const placed = placeLabels(outside.map((label) => ({ anchor: label.anchor, width: label.width })), width);
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

/**
 * Rows and sides for labels that hang below their bars on straight leader lines, in as few rows as can be:
 * labels in a row must not overlap, every label stays within `width`, and no label may sit on the leader of a
 * label in a deeper row. The day has a handful of short blocks, so a plain backtracking search is instant.
 */
export function placeLabels(labels: readonly Wanted[], width: number): Spot[] {
  const box = (label: Wanted, side: Spot['side']): [number, number] =>
    side === 'right'
      ? [label.anchor + TIMELINE.pad, label.anchor + TIMELINE.pad + label.width]
      : [label.anchor - TIMELINE.pad - label.width, label.anchor - TIMELINE.pad];
  const covers = ([from, to]: [number, number], x: number): boolean => x >= from - TIMELINE.pad && x <= to + TIMELINE.pad;
  const fits = (index: number, spot: Spot, spots: readonly (Spot | undefined)[]): boolean => {
    const label = labels[index];
    if (!label) return false;
    const mine = box(label, spot.side);
    if (mine[0] < 0 || mine[1] > width) return false;
    return spots.every((other, j) => {
      const them = labels[j];
      if (!other || !them) return true;
      const theirs = box(them, other.side);
      if (other.row === spot.row) return mine[1] + TIMELINE.gap <= theirs[0] || theirs[1] + TIMELINE.gap <= mine[0];
      return other.row < spot.row ? !covers(theirs, label.anchor) : !covers(mine, them.anchor);
    });
  };
  const search = (rows: number): Spot[] | undefined => {
    const spots: (Spot | undefined)[] = labels.map(() => undefined);
    const visit = (index: number): boolean => {
      if (index === labels.length) return true;
      for (let row = 0; row < rows; row++) {
        for (const side of ['right', 'left'] as const) {
          spots[index] = undefined;
          if (!fits(index, { row, side }, spots)) continue;
          spots[index] = { row, side };
          if (visit(index + 1)) return true;
        }
      }
      spots[index] = undefined;
      return false;
    };
    return visit(0) ? spots.map((spot) => spot ?? { row: 0, side: 'right' }) : undefined;
  };
  for (let rows = 1; rows <= labels.length; rows++) {
    const found = search(rows);
    if (found) return found;
  }
  // Labels wider than the slide cannot all fit: one row each, reading from the leader, is the least bad.
  return labels.map((_, index) => ({ row: labels.length - 1 - index, side: 'right' }));
}
