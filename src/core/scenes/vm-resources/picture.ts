import { ACCENT, GUIDE, INK, LAYERS, PAPER } from '../../../model/palette.ts';
import { num, right } from '../picture/geometry.ts';
import type { BoxItem, Item, Picture, TextItem, TextLine } from '../picture/items.ts';
import { DETAIL_SIZE } from '../picture/layer-box.ts';
import { legend, LEGEND_Y } from '../picture/legend.ts';
import { spreadLabels } from '../picture/spread-labels.ts';
import { textWidth } from '../../text-width.ts';
import {
  containerHostFree,
  containerTotal,
  gb,
  HOST_MEMORY,
  HOST_OS,
  vmHostFree,
  vmTotals,
  vmUsed,
  type Container,
  type Vm,
  type VmResourcesState,
} from './model.ts';

/** Both hosts' memory on the same scale, one bar each, so equal widths are equal gigabytes. */
const BAR = { from: 30, to: 1070 };
const PER_GB = (BAR.to - BAR.from) / HOST_MEMORY;
const HOST_A = { titleY: 24, bar: { y: 44, height: 76 }, noteY: 140 };
const HOST_B = { titleY: 186, labelY: 218, bar: { y: 256, height: 76 }, noteY: 352 };
const LABEL_GAP = 14;

type Row = { y: number; height: number };

const x = (gigabytes: number): number => BAR.from + gigabytes * PER_GB;
const bold = (text: string, size = 20, fill = INK): TextLine => ({ text, size, bold: true, fill });
const plain = (text: string, fill = INK): TextLine => ({ text, size: DETAIL_SIZE, fill });

function text(key: string, at: { x: number; y: number }, anchor: TextItem['anchor'], lines: TextLine[]): TextItem {
  return { kind: 'text', key, ...at, anchor, lines };
}

function bar(key: string, from: number, gigabytes: number, row: Row, style: Partial<BoxItem> = {}): BoxItem {
  return {
    kind: 'box',
    key,
    x: x(from),
    y: row.y,
    width: gigabytes * PER_GB,
    height: row.height,
    fill: PAPER,
    stroke: INK,
    strokeWidth: 1.5,
    lines: [],
    ...style,
  };
}

/** The host OS at the left of each bar; the same on both hosts. */
function hostOs(host: string, row: Row): BoxItem {
  return bar(`${host}:host-os`, 0, HOST_OS, row, {
    fill: LAYERS.kernel.fill,
    lines: [plain('host'), plain('OS'), plain(gb(HOST_OS))],
  });
}

function free(host: string, from: number, gigabytes: number, row: Row): BoxItem {
  return bar(`${host}:free`, from, gigabytes, row, { lines: [bold(`free: ${gb(gigabytes)}`)] });
}

/**
 * A VM: its whole allocation in the guest OS's pale tint (held), the part its guest OS and app really use in
 * their full colours from the left, and its name and use written over the part it holds for nothing.
 */
function vmItems(vm: Vm, from: number, changed: boolean): { boxes: Item[]; texts: Item[] } {
  const key = `a:${vm.name.replace(' ', '-').toLowerCase()}`;
  const row = HOST_A.bar;
  const boxes: Item[] = [
    bar(key, from, vm.allocated, row, {
      fill: LAYERS.guestOs.tint,
      ...(changed ? { stroke: ACCENT, strokeWidth: 4 } : { strokeWidth: 2 }),
    }),
    bar(`${key}:guest-os`, from, vm.guestOs, row, { fill: LAYERS.guestOs.fill }),
    ...(vm.app > 0 ? [bar(`${key}:app`, from + vm.guestOs, vm.app, row, { fill: LAYERS.process.fill })] : []),
  ];
  const unusedMiddle = (x(from + vmUsed(vm)) + x(from + vm.allocated)) / 2;
  const label = text(`${key}:label`, { x: unusedMiddle, y: row.y + row.height / 2 - 11 }, 'middle', [
    bold(vm.idle ? `${vm.name}: idle` : vm.name),
    plain(`uses ${String(vmUsed(vm))} of ${gb(vm.allocated)}`),
  ]);
  return { boxes, texts: [label] };
}

function hostA(state: VmResourcesState): Item[] {
  const row = HOST_A.bar;
  const boxes: Item[] = [hostOs('a', row)];
  const texts: Item[] = [text('a:title', { x: BAR.from, y: HOST_A.titleY }, 'start', [bold(`Host A: ${gb(HOST_MEMORY)}, three VMs`, 22)])];
  let at = HOST_OS;
  for (const vm of state.vms) {
    const items = vmItems(vm, at, state.changed === vm.name);
    boxes.push(...items.boxes);
    texts.push(...items.texts);
    if (state.changed === vm.name) {
      texts.push(
        text('a:note', { x: x(at + vm.allocated / 2), y: HOST_A.noteY }, 'middle', [
          bold(`idle, yet still holds all ${gb(vm.allocated)}`, 20, ACCENT),
        ]),
      );
    }
    at += vm.allocated;
  }
  boxes.push(free('a', at, vmHostFree(state), row));
  if (state.totals) {
    const { held, used } = vmTotals(state.vms);
    texts.push(
      text('a:total', { x: BAR.to, y: HOST_A.titleY }, 'end', [bold(`VMs hold ${gb(held)}, use ${gb(used)}`, 22, ACCENT)]),
      text('a:note', { x: (x(HOST_OS) + x(at)) / 2, y: HOST_A.noteY }, 'middle', [bold(`held but unused: ${gb(held - used)}`, 20, ACCENT)]),
    );
  }
  return [...boxes, ...texts];
}

/**
 * Containers: each as wide as what its process uses, named in a row above with a leader line, since most are
 * too thin to hold a word. One that has exited leaves only a dashed outline over memory that is free again.
 */
function hostB(state: VmResourcesState): Item[] {
  const row = HOST_B.bar;
  const placed = placeContainers(state, row);
  // Exited containers' memory is free: the free bar starts after the last running one.
  const running = state.containers.filter((c) => !c.exited);
  const freeFrom = HOST_OS + running.reduce((sum, c) => sum + c.used, 0);
  const { leaders, labels } = containerLabels(state, placed, row);
  const texts: Item[] = [
    text('b:title', { x: BAR.from, y: HOST_B.titleY }, 'start', [bold(`Host B: ${gb(HOST_MEMORY)}, three containers`, 22)]),
    ...labels,
    ...hostBNotes(state, placed),
  ];
  // The free bar goes under the exited containers' outlines, which are drawn over it.
  const freeBox = free('b', freeFrom, containerHostFree(state), row);
  const runningBoxes = placed.filter(({ c }) => !c.exited).map(({ box }) => box);
  const ghosts = placed.filter(({ c }) => c.exited).map(({ box }) => box);
  return [hostOs('b', row), ...runningBoxes, freeBox, ...ghosts, ...leaders, ...texts];
}

interface Placed {
  c: Container;
  box: BoxItem;
}

/** Each container's bar, side by side after the host OS, as wide as what it uses. */
function placeContainers(state: VmResourcesState, row: Row): Placed[] {
  const placed: Placed[] = [];
  let at = HOST_OS;
  for (const c of state.containers) {
    const changed = state.changed === c.name;
    placed.push({
      c,
      box: bar(
        `b:${c.name}`,
        at,
        c.used,
        row,
        c.exited
          ? { fill: PAPER, stroke: changed ? ACCENT : GUIDE, strokeWidth: changed ? 3 : 2, dashed: true }
          : { fill: LAYERS.process.fill },
      ),
    });
    at += c.used;
  }
  return placed;
}

/** The names in a row above the bars, spread so they do not overlap, each with a leader line to its bar. */
function containerLabels(state: VmResourcesState, placed: readonly Placed[], row: Row): { leaders: Item[]; labels: Item[] } {
  const lines: TextLine[] = placed.map(({ c }) =>
    plain(c.exited ? `${c.name}: exited` : `${c.name} ${gb(c.used)}`, state.changed === c.name ? ACCENT : INK),
  );
  const centres = spreadLabels(
    placed.map(({ box }, i) => ({ anchor: box.x + box.width / 2, width: textWidth(lines[i] ?? plain('')) })),
    LABEL_GAP,
    BAR.from,
    BAR.to,
  );
  const leaders: Item[] = placed.map(({ c, box }, i) => ({
    kind: 'path',
    key: `b:${c.name}:leader`,
    d: `M${num(centres[i] ?? box.x)},${String(HOST_B.labelY + 12)}L${num(box.x + box.width / 2)},${String(row.y - 3)}`,
    stroke: GUIDE,
    strokeWidth: 1.5,
  }));
  const labels = placed.map(({ c }, i) =>
    text(`b:${c.name}:label`, { x: centres[i] ?? 0, y: HOST_B.labelY }, 'middle', [lines[i] ?? plain('')]),
  );
  return { leaders, labels };
}

/** What the step points out under host B: the container that just exited, and the totals. */
function hostBNotes(state: VmResourcesState, placed: readonly Placed[]): Item[] {
  const texts: Item[] = [];
  for (const { c, box } of placed) {
    if (state.changed === c.name) {
      texts.push(
        text('b:note', { x: box.x, y: HOST_B.noteY }, 'start', [
          bold(`${c.name} exited: its ${gb(c.used)} is free again at once`, 20, ACCENT),
        ]),
      );
    }
  }
  if (state.totals) {
    texts.push(
      text('b:total', { x: BAR.to, y: HOST_B.titleY }, 'end', [
        bold(`containers use ${gb(containerTotal(state.containers))}, hold no more`, 22, ACCENT),
      ]),
      // A container holds nothing beyond what its process uses, so there is nothing to add up here.
      text('b:note', { x: x(HOST_OS), y: HOST_B.noteY }, 'start', [bold('held but unused: none', 20, ACCENT)]),
    );
  }
  return texts;
}

/** The layer colours, then two swatches of this scene's own: memory held but unused, and free memory. */
function key(): Item[] {
  const items = legend([{ layer: 'kernel' }, { layer: 'guestOs' }, { layer: 'process' }], { x: BAR.from, y: LEGEND_Y });
  const last = items.at(-1);
  let at = last?.kind === 'text' ? last.x + Math.max(...last.lines.map(textWidth)) + 30 : BAR.from;
  const swatch = (name: string, fill: string, label: string): Item[] => {
    const line = plain(label);
    const box: BoxItem = {
      kind: 'box',
      key: `legend:${name}`,
      x: at + 5,
      y: LEGEND_Y - 11,
      width: 30,
      height: 22,
      fill,
      stroke: INK,
      strokeWidth: 1.5,
      lines: [],
    };
    const words = text(`legend:${name}:label`, { x: at + 48, y: LEGEND_Y }, 'start', [line]);
    at = right(box) + 13 + textWidth(line) + 30;
    return [box, words];
  };
  return [...items, ...swatch('held', LAYERS.guestOs.tint, 'held by a VM, unused'), ...swatch('free', PAPER, 'free')];
}

export function vmResourcesPicture(state: VmResourcesState): Picture {
  return [...hostA(state), ...hostB(state), ...key()];
}
