/**
 * Where a picture puts ink, estimated without a browser: text boxes from the same width estimate the scenes
 * use, path segments from `d`. Enough to catch labels that overflow, collide or get crossed by a line.
 */
import { scaleLinear } from 'd3-scale';
import type { AxisItem, BoxItem, Item, Picture, Point } from '../../../../src/core/scenes/picture/items';
import { stackLines, type PlacedLine } from '../../../../src/core/scenes/picture/stack-lines';
import { textWidth } from '../../../../src/core/text-width';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Ink {
  /** Index in the picture: later items paint over earlier ones. */
  order: number;
  key: string;
  box: Box;
  size: number;
}

export const overlaps = (a: Box, b: Box, slack = 0): boolean =>
  a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack;

export const contains = (b: Box, p: Point): boolean => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;

function lineBox(line: PlacedLine, dx = 0, dy = 0): Box {
  const w = textWidth(line);
  const x0 = line.anchor === 'start' ? line.x : line.anchor === 'middle' ? line.x - w / 2 : line.x - w;
  const half = line.size * 0.5;
  return { x0: x0 + dx, x1: x0 + w + dx, y0: line.y - half + dy, y1: line.y + half + dy };
}

function axisLabels(a: AxisItem): PlacedLine[] {
  const scale = scaleLinear().domain(a.domain).range(a.range);
  const offset = 6 + 6 + a.fontSize * 0.5;
  return a.ticks.map((t) => ({
    text: t === 0 ? '0' : t.toFixed(a.decimals),
    size: a.fontSize,
    x: a.x + scale(t),
    y: a.y + (a.side === 'top' ? -offset : offset),
    anchor: 'middle',
  }));
}

/** Every line of text in the picture, wherever it sits: free text, box labels, badge numbers, tick labels. */
export function texts(picture: Picture): Ink[] {
  return picture.flatMap((item, order): Ink[] => {
    const lines: { lines: PlacedLine[]; dx: number; dy: number } =
      item.kind === 'text'
        ? { lines: stackLines(item.lines, { ...item, firstAt: true }), dx: 0, dy: 0 }
        : item.kind === 'box'
          ? { lines: stackLines(item.lines, { x: item.width / 2, y: item.height / 2, anchor: 'middle' }), dx: item.x, dy: item.y }
          : item.kind === 'dot' && item.label
            ? { lines: stackLines([item.label], { x: 0, y: 0, anchor: 'middle' }), dx: item.x, dy: item.y }
            : item.kind === 'axis'
              ? { lines: axisLabels(item), dx: 0, dy: 0 }
              : { lines: [], dx: 0, dy: 0 };
    return lines.lines.map((l, i) => ({
      order,
      key: `${item.kind}:${item.key}:${String(i)}`,
      box: lineBox(l, lines.dx, lines.dy),
      size: l.size,
    }));
  });
}

export function boxOf(b: BoxItem): Box {
  return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
}

/** Points along a path's outline, every two units: M, L, H, V and Z are all the scenes write. */
export function pathPoints(d: string): Point[] {
  const out: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let start: Point = at;
  const to = (p: Point): void => {
    const steps = Math.max(1, Math.ceil(Math.hypot(p.x - at.x, p.y - at.y) / 2));
    for (let i = 1; i <= steps; i++) out.push({ x: at.x + ((p.x - at.x) * i) / steps, y: at.y + ((p.y - at.y) * i) / steps });
    at = p;
  };
  for (const [, cmd, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const n = (args ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
    if (cmd === 'M') {
      at = { x: n[0] ?? 0, y: n[1] ?? 0 };
      start = at;
      out.push(at);
    } else if (cmd === 'L') to({ x: n[0] ?? 0, y: n[1] ?? 0 });
    else if (cmd === 'H') to({ x: n[0] ?? 0, y: at.y });
    else if (cmd === 'V') to({ x: at.x, y: n[0] ?? 0 });
    else to(start);
  }
  return out;
}

/** The extent of an item's ink, for the check that nothing leaves the viewBox. */
export function extent(item: Item): Box {
  switch (item.kind) {
    case 'box': {
      const half = item.strokeWidth / 2;
      return { x0: item.x - half, y0: item.y - half, x1: item.x + item.width + half, y1: item.y + item.height + half };
    }
    case 'dot':
      return { x0: item.x - item.r - 1.5, y0: item.y - item.r - 1.5, x1: item.x + item.r + 1.5, y1: item.y + item.r + 1.5 };
    case 'path': {
      const pts = pathPoints(item.d);
      const half = item.strokeWidth / 2;
      return {
        x0: Math.min(...pts.map((p) => p.x)) - half,
        y0: Math.min(...pts.map((p) => p.y)) - half,
        x1: Math.max(...pts.map((p) => p.x)) + half,
        y1: Math.max(...pts.map((p) => p.y)) + half,
      };
    }
    case 'axis':
      return { x0: item.x + item.range[0], x1: item.x + item.range[1], y0: item.y - 1, y1: item.y + 1 };
    case 'text':
      return texts([item]).reduce<Box>(
        (b, t) => ({
          x0: Math.min(b.x0, t.box.x0),
          y0: Math.min(b.y0, t.box.y0),
          x1: Math.max(b.x1, t.box.x1),
          y1: Math.max(b.y1, t.box.y1),
        }),
        { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
      );
  }
}
