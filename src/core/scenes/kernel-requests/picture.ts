import { ACCENT, GUIDE, INK, PAPER } from '../../../model/palette.ts';
import { arrow } from '../picture/arrow.ts';
import { bottom, centre, middle, right, type Rect } from '../picture/geometry.ts';
import type { Item, Picture, Point, TextLine } from '../picture/items.ts';
import { layerBox, type Emphasis } from '../picture/layer-box.ts';
import { legend, LEGEND_Y } from '../picture/legend.ts';
import { badge, LEG_MS, token } from '../picture/marker.ts';
import { textWidth } from '../../text-width.ts';
import { column, KERNEL_BAND, NODE_RECTS, ROW_LABEL_X, ROWS } from './layout.ts';
import { LABELS, type KernelRequestsState, type NodeId, type SystemCall } from './model.ts';

/** Down and up arrows run side by side, this far either side of the column's centre line. */
const LANE = 14;
const ARROW = { width: 3 };
const LATER = { color: GUIDE, width: 3, dashed: true };
/** When animated, the answer's arrows appear about when the token turns back at the device. */
const ANSWER_DELAY = 2.5 * LEG_MS;

function rowLabel(key: string, text: string, row: { y: number; height: number }): Item {
  return {
    kind: 'text',
    key: `row:${key}`,
    x: ROW_LABEL_X,
    y: row.y + row.height / 2,
    anchor: 'start',
    lines: [{ text, size: 20, bold: true, fill: INK }],
  };
}

function callPill(call: string, cx: number): Item {
  const line: TextLine = { text: call, size: 18, mono: true, bold: true, fill: ACCENT };
  const width = textWidth(line) + 24;
  return {
    kind: 'box',
    key: 'call',
    x: cx - width / 2,
    width,
    ...ROWS.call,
    fill: PAPER,
    stroke: ACCENT,
    strokeWidth: 2.5,
    lines: [line],
  };
}

/** The request down one column and its answer back up, from the caller through `read()` to the device. */
function requestItems(request: SystemCall): Item[] {
  const [caller, ...below] = request.route;
  const callerRect = NODE_RECTS[caller];
  const cx = centre(callerRect).x;
  const pill = callPill(request.call, cx);
  const stops: { y: number; height: number }[] = [callerRect, ROWS.call, ...below.map((n) => NODE_RECTS[n])];
  const items: Item[] = [pill];
  stops.slice(1).forEach((to, i) => {
    const from = stops[i];
    if (from === undefined) return;
    const top = bottom(from) + 3;
    const end = to.y - 3;
    // Keyed by caller: one request's arrows fade out while the next one's fade in, rather than sliding across.
    items.push(
      ...arrow(
        `${caller}:down:${String(i)}`,
        [
          { x: cx - LANE, y: top },
          { x: cx - LANE, y: end },
        ],
        { color: ACCENT, ...ARROW },
      ),
      ...arrow(
        `${caller}:up:${String(i)}`,
        [
          { x: cx + LANE, y: end },
          { x: cx + LANE, y: top },
        ],
        {
          color: ACCENT,
          ...ARROW,
          dashed: true,
          delay: ANSWER_DELAY,
        },
      ),
    );
  });
  return [...items, ...laterItems(request, cx - LANE, stops.at(-1))];
}

/** What the kernel does after the call returned: on down to the device, grey and without an answer. */
function laterItems(request: SystemCall, x: number, from: { y: number; height: number } | undefined): Item[] {
  const later = request.later ?? [];
  const last = later.at(-1);
  if (!from || last === undefined) return [];
  const [caller] = request.route;
  return arrow(
    `${caller}:later`,
    [
      { x, y: bottom(from) + 3 },
      { x, y: NODE_RECTS[last].y - 3 },
    ],
    { ...LATER, delay: ANSWER_DELAY },
  );
}

/** The token's path for the animation: down the request lane to the device, back up the answer lane. */
function roundTrip(request: SystemCall): Point[] {
  const [caller] = request.route;
  const device = request.route.at(-1) ?? caller;
  const x = centre(NODE_RECTS[caller]).x;
  const top = centre(NODE_RECTS[caller]).y;
  const deep = centre(NODE_RECTS[device]).y;
  return [
    { x: x - LANE, y: top },
    { x: x - LANE, y: deep },
    { x: x + LANE, y: deep },
    { x: x + LANE, y: top },
  ];
}

/** Where the answered token rests: on the caller's lower edge, clear of its label and of the arrows. */
function restingPlace(rect: Rect): Point {
  return { x: right(rect) - 18, y: bottom(rect) };
}

const BADGE_AT: Readonly<Partial<Record<NodeId, Point>>> = {
  firmware: { x: NODE_RECTS.firmware.x, y: centre(NODE_RECTS.firmware).y },
  bootloader: { x: NODE_RECTS.bootloader.x, y: NODE_RECTS.bootloader.y },
  kernel: { x: right(KERNEL_BAND), y: KERNEL_BAND.y - 22 },
  init: { x: NODE_RECTS.init.x, y: centre(NODE_RECTS.init).y },
};

/** A boot badge in words: its number alone means nothing to a reader who cannot see where it sits. */
const BOOT_STAGE: Readonly<Partial<Record<NodeId, string>>> = {
  firmware: 'firmware',
  bootloader: 'bootloader',
  kernel: 'kernel',
  init: 'init',
};

function bootItems(order: readonly NodeId[], message: string): Item[] {
  const firmware = NODE_RECTS.firmware;
  const loader = NODE_RECTS.bootloader;
  const init = NODE_RECTS.init;
  const x = centre(loader).x;
  const style = { color: ACCENT, width: 4 };
  const wordsLeft = column(0).x;
  const wordsRight = right(KERNEL_BAND);
  return [
    layerBox('bootloader', 'hardware', loader, LABELS.bootloader, { emphasis: 'route' }),
    ...arrow(
      'boot:load-loader',
      [
        { x, y: firmware.y - 3 },
        { x, y: bottom(loader) + 3 },
      ],
      style,
    ),
    ...arrow(
      'boot:load-kernel',
      [
        { x: loader.x - 3, y: centre(loader).y },
        { x: right(KERNEL_BAND) + 3, y: centre(loader).y },
      ],
      style,
    ),
    ...arrow(
      'boot:start-init',
      [
        { x: right(KERNEL_BAND) + 3, y: centre(NODE_RECTS.scheduler).y },
        { x, y: centre(NODE_RECTS.scheduler).y },
        { x, y: bottom(init) + 3 },
      ],
      style,
    ),
    ...order.flatMap((node, i) => {
      const at = BADGE_AT[node];
      return at ? [badge(`boot:${node}`, at, i + 1, ACCENT, `boot step ${String(i + 1)}: ${BOOT_STAGE[node] ?? node}`)] : [];
    }),
    {
      kind: 'text',
      key: 'boot:message',
      x: (wordsLeft + wordsRight) / 2,
      y: middle(ROWS.process),
      anchor: 'middle',
      lines: [{ text: message, size: 26, bold: true, fill: ACCENT }],
    },
  ];
}

export function kernelRequestsPicture(state: KernelRequestsState): Picture {
  const touched = new Set<NodeId>([...(state.request?.route ?? []), ...(state.boot?.order ?? [])]);
  if (state.created) touched.add(state.created);
  const emphasis = (node: NodeId): Emphasis => (touched.has(node) ? 'route' : 'none');
  const boundaryY = middle(ROWS.call);

  return [
    // Row names are headings, capitalised like the other scenes' lane names and stack titles.
    rowLabel('processes', 'Processes', ROWS.process),
    rowLabel('calls', 'System calls', ROWS.call),
    rowLabel('kernel', 'Kernel', ROWS.kernel),
    rowLabel('hardware', 'Hardware', ROWS.hardware),
    {
      kind: 'path',
      key: 'boundary',
      d: `M${KERNEL_BAND.x},${boundaryY}H${right(NODE_RECTS.init)}`,
      stroke: GUIDE,
      strokeWidth: 2,
      dashed: true,
    },
    layerBox('kernel', 'kernel', KERNEL_BAND, '', { band: true, emphasis: emphasis('kernel') }),
    ...state.kernelParts.map((p) => layerBox(p, 'kernel', NODE_RECTS[p], LABELS[p], { emphasis: emphasis(p) })),
    ...state.devices.map((d) => layerBox(d, 'hardware', NODE_RECTS[d], LABELS[d], { emphasis: emphasis(d) })),
    ...state.processes.map((p) => layerBox(p, 'process', NODE_RECTS[p], LABELS[p], { emphasis: emphasis(p) })),
    ...(state.request ? requestItems(state.request) : []),
    ...(state.boot ? bootItems(state.boot.order, state.boot.message) : []),
    ...(state.token && state.request ? [token('token', restingPlace(NODE_RECTS[state.token]), roundTrip(state.request))] : []),
    // Only lines the picture draws: the boot chain's arrows are neither requests nor answers.
    ...legend(
      [
        { layer: 'process' },
        { layer: 'kernel' },
        { layer: 'hardware' },
        ...(state.request
          ? [
              { line: 'request', label: 'request', color: ACCENT },
              { line: 'answer', label: 'answer', color: ACCENT, dashed: true },
            ]
          : []),
        ...(state.request?.later ? [{ line: 'later', label: 'after it returned', ...LATER }] : []),
      ],
      { x: ROW_LABEL_X, y: LEGEND_Y },
    ),
  ];
}
