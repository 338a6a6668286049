import { ACCENT, INK, WARNING } from '../palette';
import { arrow } from '../picture/arrow';
import { middle, type Rect } from '../picture/geometry';
import type { Item, Picture, Point } from '../picture/items';
import { layerBox, type Emphasis } from '../picture/layer-box';
import { legend, type LegendEntry } from '../picture/legend';
import { badge, LEG_MS, token } from '../picture/marker';
import { STACKS, type HypervisorLayersState, type LayerId, type Route, type StackId, type StackState } from './model';

/** Each stack with a lane on its right where the request's hops run, clear of the boxes' labels. */
const STACK_X: Readonly<Record<StackId, number>> = { type1: 14, type2: 576 };
const STACK_WIDTH = 450;
const VM_GAP = 12;
const LEVEL = { bottom: 332, height: 54, pitch: 68 };
const TITLE_Y = 30;
const LEGEND_Y = 413;
/** Offsets from a stack's right edge: the route's line, its hop numbers, and where the token stops inside a box. */
const LANE = { line: 24, badge: 52, rest: 26 };

function levelRect(stack: StackId, level: number, slot: number, slots: number): Rect {
  const width = (STACK_WIDTH - VM_GAP * (slots - 1)) / slots;
  return {
    x: STACK_X[stack] + slot * (width + VM_GAP),
    y: LEVEL.bottom - level * LEVEL.pitch,
    width,
    height: LEVEL.height,
  };
}

/** Where each layer of a stack sits, whether or not the step shows it yet. */
function rects(stack: StackId): Map<LayerId, Rect> {
  const out = new Map<LayerId, Rect>();
  STACKS[stack].levels.forEach((level, i) => {
    level.forEach((layer, slot) => out.set(layer.id, levelRect(stack, i, slot, level.length)));
  });
  return out;
}

function stationY(rect: Rect | undefined): number {
  return rect ? middle(rect) : LEVEL.bottom;
}

/**
 * The request's route as a metro line in the lane beside the stack: a tick into each layer it passes through,
 * an arrow down for each hop with its number, and the extra hop in its own colour and dash.
 */
function routeItems(stack: StackId, route: Route, where: Map<LayerId, Rect>): Item[] {
  const edge = STACK_X[stack] + STACK_WIDTH;
  const lane = edge + LANE.line;
  const ys = route.stations.map((s) => stationY(where.get(s)));
  const hopStyle = (hop: number) =>
    route.extra.includes(hop) ? { color: WARNING, width: 5, dashed: true } : { color: ACCENT, width: 4 };
  const ticks: Item[] = ys.map((y, i) => ({
    kind: 'path',
    key: `${stack}:station:${String(i)}`,
    delay: i * LEG_MS,
    d: `M${String(edge)},${String(y)}H${String(lane)}`,
    stroke: route.extra.includes(i - 1) ? WARNING : ACCENT,
    strokeWidth: 4,
  }));
  const hops: Item[] = ys.slice(1).flatMap((to, hop) => {
    const from = ys[hop] ?? to;
    // When animated, each hop appears as the token reaches it.
    const delay = (hop + 1) * LEG_MS;
    const style = { ...hopStyle(hop), delay };
    return [
      ...arrow(`${stack}:hop:${String(hop)}`, [{ x: lane, y: from }, { x: lane, y: to }], style),
      { ...badge(`${stack}:hop:${String(hop)}`, { x: edge + LANE.badge, y: (from + to) / 2 }, hop + 1, style.color), delay },
    ];
  });
  const inside = edge - LANE.rest;
  const first = ys[0] ?? LEVEL.bottom;
  const last = ys.at(-1) ?? LEVEL.bottom;
  const via: Point[] = [{ x: inside, y: first }, ...ys.map((y) => ({ x: lane, y }))];
  return [...ticks, ...hops, token(`${stack}:token`, { x: inside, y: last }, via)];
}

function hopsText(stack: StackId, route: Route): Item {
  const hops = route.stations.length - 1;
  return {
    kind: 'text',
    key: `${stack}:hops`,
    x: STACK_X[stack] + STACK_WIDTH + LANE.badge + 15,
    y: TITLE_Y,
    anchor: 'end',
    // When animated, the count appears once the token has arrived.
    delay: (hops + 1) * LEG_MS,
    lines: [{ text: `${hops} hops`, size: 24, bold: true, fill: route.extra.length ? WARNING : ACCENT }],
  };
}

function emphasisOf(route: Route | null, layer: LayerId): Emphasis {
  if (route?.origin === layer) return 'route';
  const at = route?.stations.indexOf(layer) ?? -1;
  if (at < 0 || route === null) return 'none';
  // A station reached by an extra hop is the detour itself.
  return route.extra.includes(at - 1) ? 'warning' : 'route';
}

function stackItems(state: StackState): Item[] {
  const spec = STACKS[state.id];
  const where = rects(state.id);
  const visible = new Set(state.visible);
  const layers = spec.levels.flat().filter((l) => visible.has(l.id));
  return [
    {
      kind: 'text',
      key: `${state.id}:title`,
      x: STACK_X[state.id],
      y: TITLE_Y,
      anchor: 'start',
      lines: [{ text: spec.title, size: 24, bold: true, fill: INK }],
    },
    ...layers.map((l) => {
      const rect = where.get(l.id) ?? levelRect(state.id, 0, 0, 1);
      const detail = state.route?.origin === l.id ? state.route.request : l.detail;
      return layerBox(`${state.id}:${l.id}`, l.layer, rect, l.label, {
        emphasis: emphasisOf(state.route, l.id),
        ...(detail === undefined ? {} : { detail }),
      });
    }),
    ...(state.route ? [...routeItems(state.id, state.route, where), hopsText(state.id, state.route)] : []),
  ];
}

export function hypervisorLayersPicture(state: HypervisorLayersState): Picture {
  const extraHop = state.stacks.some((s) => (s.route?.extra.length ?? 0) > 0);
  const entries: LegendEntry[] = [
    { layer: 'hardware' },
    { layer: 'kernel' },
    { layer: 'hypervisor' },
    { layer: 'guestOs' },
    { layer: 'process' },
    ...(extraHop ? [{ line: 'extra-hop', label: 'extra hop', color: WARNING, dashed: true }] : []),
  ];
  return [...state.stacks.flatMap(stackItems), ...legend(entries, { x: STACK_X.type1, y: LEGEND_Y })];
}
