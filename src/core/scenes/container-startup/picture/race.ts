import { scaleLinear } from 'd3-scale';
import { ACCENT, GUIDE, GUIDE_FILL, INK, LAYERS } from '../../../../model/palette.ts';
import { middle, num } from '../../picture/geometry.ts';
import type { BoxItem, Item, TextLine } from '../../picture/items.ts';
import { DETAIL_SIZE } from '../../picture/layer-box.ts';
import { spreadLabels } from '../../picture/spread-labels.ts';
import { textWidth, wrap } from '../../../text-width.ts';
import type { ContainerStartupState } from '../model.ts';
import { CONTAINER_START, formatSeconds, total, VM_BOOT, type Phase } from '../timings.ts';

/** Lane labels right-aligned against the chart; the chart spans the rest of the width. */
const LABEL_END = 186;
const CHART = { from: 200, to: 1070 };
const MAIN_AXIS_Y = 36;
const OUTSIDE_LABEL_Y = 66;
const LANES = {
  vm: { y: 92, height: 48 },
  container: { y: 152, height: 44 },
  zoomed: { y: 226, height: 70 },
};
const ZOOM_AXIS_Y = 306;
const BAR_STAGGER = 220;
const PAD = 10;

/** The VM's scale, rounded up to whole tens of seconds; the container's own scale is its total. */
const main = scaleLinear()
  .domain([0, Math.ceil(total(VM_BOOT) / 10) * 10])
  .range([CHART.from, CHART.to]);
const zoomed = scaleLinear()
  .domain([0, total(CONTAINER_START)])
  .range([CHART.from, CHART.to]);

function laneLabel(key: string, lines: TextLine[], lane: { y: number; height: number }): Item {
  const pitch = lines.length > 1 ? 11 : 0;
  return { kind: 'text', key: `lane:${key}`, x: LABEL_END, y: middle(lane) - pitch, anchor: 'end', lines };
}

const bold = (text: string): TextLine => ({ text, size: 20, bold: true, fill: INK });
const quiet = (text: string): TextLine => ({ text, size: DETAIL_SIZE, italic: true, fill: GUIDE });

function axis(key: string, y: number, side: 'top' | 'bottom', scale: typeof main, ticks: number[], decimals: number): Item {
  return {
    kind: 'axis',
    key,
    x: 0,
    y,
    side,
    domain: [scale.domain()[0] ?? 0, scale.domain()[1] ?? 1],
    range: [CHART.from, CHART.to],
    ticks,
    decimals,
    fontSize: DETAIL_SIZE,
  };
}

interface Bar {
  box: BoxItem;
  /** The phase's name when it does not fit inside its bar. */
  outside: TextLine | null;
}

/** One bar per phase, laid end to end; the name goes inside if it fits, else above with a leader line. */
function bars(lane: string, phases: readonly Phase[], scale: typeof main, row: { y: number; height: number }): Bar[] {
  let start = 0;
  return phases.map((p, i) => {
    const x = scale(start);
    const width = scale(start + p.seconds) - x;
    start += p.seconds;
    const name: TextLine = { text: p.label, size: DETAIL_SIZE, fill: INK };
    const duration: TextLine = { text: formatSeconds(p.seconds), size: DETAIL_SIZE, bold: true, fill: INK };
    const room = width - PAD;
    const nameLines = wrap(name, room);
    const roomForLines = Math.floor(row.height / 21);
    const inside = nameLines.length < roomForLines && nameLines.every((l) => textWidth(l) <= room);
    const lines = inside ? [...nameLines, duration] : textWidth(duration) <= room ? [duration] : [];
    return {
      box: {
        kind: 'box',
        key: `${lane}:${p.id}`,
        x,
        y: row.y,
        width,
        height: row.height,
        fill: LAYERS[p.layer].fill,
        stroke: INK,
        strokeWidth: 1.5,
        lines,
        growFromLeft: true,
        delay: i * BAR_STAGGER,
      },
      outside: inside ? null : lines.length > 0 ? name : { ...name, text: `${p.label} ${duration.text}` },
    };
  });
}

/** Names that did not fit, in one row above the bars, each tied to its bar by a leader line. */
function outsideLabels(placed: Bar[]): Item[] {
  const pending = placed.flatMap((b) => (b.outside ? [{ bar: b.box, line: b.outside }] : []));
  const centres = spreadLabels(
    pending.map((p) => ({ anchor: p.bar.x + p.bar.width / 2, width: textWidth(p.line) })),
    14,
    CHART.from,
    CHART.to,
  );
  return pending.flatMap((p, i) => {
    const x = centres[i] ?? p.bar.x;
    const anchor = p.bar.x + p.bar.width / 2;
    const delay = p.bar.delay ?? 0;
    return [
      { kind: 'text', key: `${p.bar.key}:name`, x, y: OUTSIDE_LABEL_Y, anchor: 'middle', lines: [p.line], delay },
      {
        kind: 'path',
        key: `${p.bar.key}:leader`,
        d: `M${num(x)},${OUTSIDE_LABEL_Y + 12}L${num(anchor)},${p.bar.y - 2}`,
        stroke: GUIDE,
        strokeWidth: 1.5,
        delay,
      },
    ];
  });
}

function laneBackground(key: string, lane: { y: number; height: number }): BoxItem {
  return {
    kind: 'box',
    key: `lane-bg:${key}`,
    x: CHART.from,
    width: CHART.to - CHART.from,
    ...lane,
    fill: GUIDE_FILL,
    stroke: GUIDE_FILL,
    strokeWidth: 1,
    lines: [],
  };
}

function containerItems(state: ContainerStartupState): Item[] {
  if (state.container.length === 0) return [];
  const sliver: BoxItem = {
    kind: 'box',
    key: 'container:sliver',
    x: main(0),
    width: main(total(state.container)) - main(0),
    ...LANES.container,
    fill: LAYERS.runtime.fill,
    stroke: INK,
    strokeWidth: 1.5,
    lines: [],
    growFromLeft: true,
  };
  const sliverRight = sliver.x + sliver.width;
  const note = state.comparison
    ? `~${formatSeconds(Math.round(state.comparison.vmSeconds))} vs ~${formatSeconds(state.comparison.containerSeconds)}: ` +
      `about ${state.comparison.timesFaster}× faster`
    : `${formatSeconds(total(state.container))}: a sliver at this scale, zoomed in below`;
  const zoomedBars = bars('zoomed', state.container, zoomed, LANES.zoomed);
  return [
    sliver,
    {
      kind: 'text',
      key: 'container:note',
      x: sliverRight + 16,
      y: middle(LANES.container),
      anchor: 'start',
      lines: [state.comparison ? { text: note, size: 26, bold: true, fill: ACCENT } : { text: note, size: 20, fill: INK }],
    },
    {
      kind: 'path',
      key: 'zoom-cone',
      d:
        `M${num(sliver.x)},${LANES.container.y + LANES.container.height}L${num(sliverRight)},` +
        `${LANES.container.y + LANES.container.height}L${CHART.to},${LANES.zoomed.y}L${CHART.from},${LANES.zoomed.y}Z`,
      stroke: GUIDE,
      strokeWidth: 1,
      dashed: true,
      fill: GUIDE_FILL,
    },
    laneLabel('zoomed', [bold('Container'), quiet('zoomed in')], LANES.zoomed),
    // The zoomed scale leaves every name room inside its bar (a unit test holds it to that).
    ...zoomedBars.map((b) => b.box),
    axis('axis:zoomed', ZOOM_AXIS_Y, 'bottom', zoomed, [0, 0.1, 0.2, 0.3, 0.4, 0.5], 1),
    { kind: 'text', key: 'unit:zoomed', x: LABEL_END, y: ZOOM_AXIS_Y + 22, anchor: 'end', lines: [quiet('seconds')] },
  ];
}

export function racePicture(state: ContainerStartupState): Item[] {
  const vmBars = bars('vm', state.vm, main, LANES.vm);
  return [
    laneBackground('vm', LANES.vm),
    laneBackground('container', LANES.container),
    axis('axis:main', MAIN_AXIS_Y, 'top', main, main.ticks(10), 0),
    { kind: 'text', key: 'unit:main', x: LABEL_END, y: MAIN_AXIS_Y - 14, anchor: 'end', lines: [quiet('seconds')] },
    laneLabel('vm', [bold('VM (full OS)')], LANES.vm),
    laneLabel('container', [bold('Container')], LANES.container),
    ...vmBars.map((b) => b.box),
    ...outsideLabels(vmBars),
    ...containerItems(state),
  ];
}
