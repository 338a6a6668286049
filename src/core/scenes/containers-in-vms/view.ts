import { ACCENT, GUIDE, GUIDE_FILL, INK, LAYERS, PAPER, type LayerKind } from '../palette.ts';
import { arrow } from '../picture/arrow.ts';
import { bottom, centre, num, right, type Rect } from '../picture/geometry.ts';
import type { BoxItem, Item, Picture, TextLine } from '../picture/items.ts';
import { layerBox } from '../picture/layer-box.ts';
import { legend } from '../picture/legend.ts';
import { textWidth } from '../picture/text-metrics.ts';
import { CONTAINERS, OWNERS, STACK, VMS, type ContainersInVmsState, type Owner, type StackLayer } from './model.ts';

/**
 * The zoom redraws the level in focus large and keeps the levels around it as small copies in a context column
 * on the left, with a cone from the part zoomed into. The copies keep their items' keys, so when animated the
 * big picture visibly shrinks into the corner as the next level opens.
 */
const SERVER: Rect = { x: 30, y: 44, width: 1040, height: 340 };
const MAIN: Rect = { x: 290, y: 44, width: 780, height: 340 };
const CONTEXT_X = 30;
const BREADCRUMB_Y = 18;
const LEGEND_Y = 413;
const INSET = 12;
/** When animated, a new level opens once the old one has shrunk into the context column. */
const LATER = 650;

function later(items: readonly Item[]): Item[] {
  return items.map((item) => ({ ...item, delay: LATER }));
}

const quiet = (text: string): TextLine => ({ text, size: 18, italic: true, fill: GUIDE });
const heading = (text: string, size = 18): TextLine => ({ text, size, bold: true, fill: INK });

function label(key: string, x: number, y: number, line: TextLine, anchor: 'start' | 'middle' | 'end' = 'middle'): Item {
  return { kind: 'text', key, x, y, anchor, lines: [line] };
}

/** A frame that holds other boxes: its title is a separate text at its top, so the contents stay clear. */
function frame(key: string, rect: Rect, fill: string, opts: { dashed?: boolean; focus?: boolean } = {}): BoxItem {
  return {
    kind: 'box',
    key,
    ...rect,
    fill,
    stroke: opts.focus ? ACCENT : INK,
    strokeWidth: opts.focus ? 4 : 2,
    ...(opts.dashed ? { dashed: true } : {}),
    lines: [],
  };
}

// --- The server: hardware, hypervisor, VMs ---------------------------------------------------------------

const VM = { y: SERVER.y, height: 222, gap: 16 };
const VM_WIDTH = (SERVER.width - VM.gap * (VMS.length - 1)) / VMS.length;
const HYPERVISOR: Rect = { x: SERVER.x, y: 276, width: SERVER.width, height: 50 };
const HARDWARE: Rect = { x: SERVER.x, y: 334, width: SERVER.width, height: 50 };

function serverItems(state: ContainersInVmsState): Item[] {
  const items: Item[] = [
    layerBox('server:hardware', 'hardware', HARDWARE, 'physical server in a data centre', {
      detail: 'CPUs · memory · disks · network cards',
    }),
    layerBox('server:hypervisor', 'hypervisor', HYPERVISOR, 'hypervisor', { detail: 'AWS Nitro, based on KVM' }),
  ];
  if (!state.vms) {
    // Where the VMs will go: the machine is there to be split.
    const free: Rect = { x: SERVER.x, y: VM.y, width: SERVER.width, height: VM.height };
    items.push({
      ...frame('server:free', free, PAPER, { dashed: true }),
      stroke: GUIDE,
      lines: [quiet('room for VMs: the hypervisor will split this machine')],
    });
    return items;
  }
  VMS.forEach((vm, i) => {
    const box: Rect = { x: SERVER.x + i * (VM_WIDTH + VM.gap), y: VM.y, width: VM_WIDTH, height: VM.height };
    const inner = { x: box.x + INSET, width: box.width - 2 * INSET };
    const key = `server:${vm.id}`;
    items.push(
      frame(key, box, LAYERS.guestOs.tint, { focus: vm.id === state.focusVm }),
      label(`${key}:title`, centre(box).x, box.y + 16, heading(`VM · ${vm.tenant}`)),
      layerBox(`${key}:kernel`, 'guestOs', { ...inner, y: 212, height: 46 }, 'guest kernel'),
    );
    if (!vm.containerHost) {
      items.push(layerBox(`${key}:workload`, 'process', { ...inner, y: 130, height: 50 }, vm.workload));
      return;
    }
    items.push(layerBox(`${key}:runtime`, 'runtime', { ...inner, y: 150, height: 50 }, 'container runtime'));
    const gap = 8;
    const width = (inner.width - gap * (CONTAINERS.length - 1)) / CONTAINERS.length;
    CONTAINERS.forEach((c, j) => {
      items.push(layerBox(`${key}:${c.id}`, 'process', { x: inner.x + j * (width + gap), y: 80, width, height: 60 }, 'dyno'));
    });
  });
  return items;
}

// --- One VM: its kernel, the container runtime, the containers ------------------------------------------

const VM_TITLE_Y = MAIN.y + 20;
const VM_ROW = { y: 84, height: 112 };
const RUNTIME: Rect = { x: MAIN.x + 14, width: 140, ...VM_ROW };
const GUEST_KERNEL: Rect = { x: MAIN.x + 14, y: 330, width: MAIN.width - 28, height: 46 };
const CONTAINER_GAP = 14;
const CONTAINERS_X = right(RUNTIME) + CONTAINER_GAP;
const CONTAINER_WIDTH =
  (right(GUEST_KERNEL) - CONTAINERS_X - CONTAINER_GAP * (CONTAINERS.length - 1)) / CONTAINERS.length;

function vmItems(state: ContainersInVmsState): Item[] {
  const host = VMS.find((vm) => vm.id === state.focusVm);
  const items: Item[] = [
    frame('vm:frame', MAIN, LAYERS.guestOs.tint),
    label('vm:title', centre(MAIN).x, VM_TITLE_Y, heading(`VM · ${host?.tenant ?? 'a'}’s container host, an EC2 instance`, 20)),
    {
      kind: 'box',
      key: 'vm:runtime',
      ...RUNTIME,
      fill: LAYERS.runtime.fill,
      stroke: INK,
      strokeWidth: 1.5,
      lines: [
        { text: 'container', size: 20 },
        { text: 'runtime', size: 20 },
      ],
    },
    layerBox('vm:kernel', 'guestOs', GUEST_KERNEL, 'the VM’s guest kernel (Linux)'),
  ];
  CONTAINERS.forEach((c, j) => {
    const box: Rect = { x: CONTAINERS_X + j * (CONTAINER_WIDTH + CONTAINER_GAP), width: CONTAINER_WIDTH, ...VM_ROW };
    const x = centre(box).x;
    const key = `vm:${c.id}`;
    items.push(
      frame(key, box, PAPER, { dashed: true, focus: c.id === state.focusContainer }),
      label(`${key}:title`, x, box.y + 16, heading('container')),
      layerBox(`${key}:process`, 'process', { x: box.x + INSET, width: box.width - 2 * INSET, y: box.y + 34, height: 50 }, c.app, {
        detail: c.kind,
      }),
      ...arrow(`${key}:calls`, [{ x, y: bottom(box) + 3 }, { x, y: GUEST_KERNEL.y - 3 }], { color: ACCENT, width: 3 }),
    );
  });
  const first = CONTAINERS_X + CONTAINER_WIDTH / 2;
  items.push(label('vm:calls', first + 12, (bottom(VM_ROW) + GUEST_KERNEL.y) / 2, { text: 'system calls', size: 18, fill: INK }, 'start'));
  return items;
}

// --- Your app's container ------------------------------------------------------------------------------

const CONTAINER_FRAME: Rect = { x: MAIN.x, y: MAIN.y, width: MAIN.width, height: 196 };
const CONTAINER_KERNEL: Rect = { x: MAIN.x, y: 330, width: MAIN.width, height: 50 };

function containerItems(): Item[] {
  const inner = { x: MAIN.x + 16, width: MAIN.width - 32 };
  const parts: { key: string; layer: LayerKind; band: boolean; label: string; detail: string }[] = [
    { key: 'files', layer: 'runtime', band: false, label: 'own filesystem', detail: 'fresh at each restart' },
    { key: 'namespaces', layer: 'guestOs', band: true, label: 'namespaces', detail: 'own processes, network' },
    { key: 'cgroups', layer: 'guestOs', band: true, label: 'cgroups', detail: 'memory and CPU limits' },
  ];
  const gap = 14;
  const width = (inner.width - gap * (parts.length - 1)) / parts.length;
  const x = centre(CONTAINER_FRAME).x;
  return [
    frame('ct:frame', CONTAINER_FRAME, PAPER, { dashed: true, focus: true }),
    label('ct:title', x, CONTAINER_FRAME.y + 20, heading('your app’s container: a web dyno', 20)),
    {
      kind: 'box',
      key: 'ct:process',
      ...inner,
      y: 84,
      height: 60,
      fill: LAYERS.process.fill,
      stroke: INK,
      strokeWidth: 1.5,
      lines: [
        { text: 'your app’s process', size: 20 },
        { text: 'web: node server.js', size: 18, mono: true },
      ],
    },
    ...parts.map((p, i) =>
      layerBox(`ct:${p.key}`, p.layer, { x: inner.x + i * (width + gap), y: 156, width, height: 60 }, p.label, {
        band: p.band,
        detail: p.detail,
      }),
    ),
    ...arrow('ct:calls', [{ x, y: bottom(CONTAINER_FRAME) + 3 }, { x, y: CONTAINER_KERNEL.y - 3 }], { color: ACCENT, width: 3 }),
    label('ct:calls:label', x + 12, (bottom(CONTAINER_FRAME) + CONTAINER_KERNEL.y) / 2, { text: 'system calls', size: 18, fill: INK }, 'start'),
    layerBox('ct:kernel', 'guestOs', CONTAINER_KERNEL, 'the VM’s guest kernel (Linux)', {
      detail: 'shared with the other containers on this VM',
    }),
  ];
}

// --- The context column: the outer levels, small ----------------------------------------------------------

/** Boxes only, scaled from `from` into a box `width` wide at `at`; labels would be too small to read. */
function shrink(items: readonly Item[], from: Rect, at: { x: number; y: number }, width: number, focus: string | null): BoxItem[] {
  const k = width / from.width;
  return items.flatMap((item): BoxItem[] =>
    item.kind === 'box'
      ? [
          {
            ...item,
            x: at.x + (item.x - from.x) * k,
            y: at.y + (item.y - from.y) * k,
            width: item.width * k,
            height: item.height * k,
            stroke: item.key === focus ? ACCENT : INK,
            strokeWidth: item.key === focus ? 3 : 1,
            lines: [],
          },
        ]
      : [],
  );
}

function boxRect(boxes: readonly BoxItem[], key: string): Rect {
  const b = boxes.find((i) => i.key === key);
  return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : MAIN;
}

/** The zoom's cone from the small part in focus to its big drawing. */
function cone(from: Rect, to: Rect): Item {
  return {
    kind: 'path',
    key: 'zoom-cone',
    d:
      `M${num(right(from))},${num(from.y)}L${num(to.x)},${num(to.y)}L${num(to.x)},${num(bottom(to))}` +
      `L${num(right(from))},${num(bottom(from))}Z`,
    stroke: GUIDE,
    strokeWidth: 1,
    dashed: true,
    fill: GUIDE_FILL,
  };
}

function contextItems(state: ContainersInVmsState): Item[] {
  const serverKey = `server:${state.focusVm ?? ''}`;
  if (state.level === 'vm') {
    const server = shrink(serverItems(state), SERVER, { x: CONTEXT_X, y: MAIN.y }, 220, serverKey);
    const bottomOf = MAIN.y + SERVER.height * (220 / SERVER.width);
    return [
      cone(boxRect(server, serverKey), MAIN),
      ...server,
      label('context:server', CONTEXT_X, bottomOf + 16, quiet('the server'), 'start'),
    ];
  }
  // Zoomed into a container: the server, smaller, and the VM under it.
  const serverWidth = 160;
  const server = shrink(serverItems(state), SERVER, { x: CONTEXT_X, y: MAIN.y }, serverWidth, serverKey);
  const serverBottom = MAIN.y + SERVER.height * (serverWidth / SERVER.width);
  const vmTop = serverBottom + 54;
  const vmWidth = 220;
  const containerKey = `vm:${state.focusContainer ?? ''}`;
  const vm = shrink(vmItems(state), MAIN, { x: CONTEXT_X, y: vmTop }, vmWidth, containerKey);
  const vmBottom = vmTop + MAIN.height * (vmWidth / MAIN.width);
  return [
    cone(boxRect(vm, containerKey), CONTAINER_FRAME),
    ...server,
    label('context:server', CONTEXT_X, serverBottom + 16, quiet('the server'), 'start'),
    ...vm,
    label('context:vm', CONTEXT_X, vmBottom + 16, quiet('the VM'), 'start'),
  ];
}

// --- The whole stack, with who runs each layer --------------------------------------------------------------

const STACK_BOX = { x: 270, width: 480, height: 48, pitch: 56, bottom: 336 };
const BRACE_X = STACK_BOX.x + STACK_BOX.width + 16;

/** Stack layers keep the keys of the boxes they were in the zoom, so the zoom folds into the stack. */
const STACK_KEYS: Readonly<Record<StackLayer['id'], string>> = {
  hardware: 'server:hardware',
  hypervisor: 'server:hypervisor',
  'guest-kernel': 'vm:kernel',
  runtime: 'vm:runtime',
  container: 'ct:frame',
  process: 'ct:process',
};

const STACK_LAYER: Readonly<Record<StackLayer['id'], LayerKind | null>> = {
  hardware: 'hardware',
  hypervisor: 'hypervisor',
  'guest-kernel': 'guestOs',
  runtime: 'runtime',
  container: null,
  process: 'process',
};

function stackRect(i: number): Rect {
  return { x: STACK_BOX.x, width: STACK_BOX.width, y: STACK_BOX.bottom - i * STACK_BOX.pitch, height: STACK_BOX.height };
}

function stackItems(): Item[] {
  const items: Item[] = STACK.map((layer, i) => {
    const rect = stackRect(i);
    const kind = STACK_LAYER[layer.id];
    const opts = layer.detail === undefined ? {} : { detail: layer.detail };
    if (kind) return layerBox(STACK_KEYS[layer.id], kind, rect, layer.label, opts);
    return { ...layerBox(STACK_KEYS[layer.id], 'process', rect, layer.label, opts), fill: PAPER, stroke: INK, strokeWidth: 2, dashed: true };
  });
  // A bracket per owner on the right, spanning the layers they run.
  for (const owner of ['cloud', 'platform', 'you'] as const satisfies readonly Owner[]) {
    const levels = STACK.flatMap((l, i) => (l.owner === owner ? [i] : []));
    const top = stackRect(Math.max(...levels)).y + 4;
    const low = bottom(stackRect(Math.min(...levels))) - 4;
    items.push(
      {
        kind: 'path',
        key: `owner:${owner}:brace`,
        d: `M${BRACE_X - 8},${top}H${BRACE_X}V${low}H${BRACE_X - 8}`,
        stroke: INK,
        strokeWidth: 2.5,
        delay: LATER,
      },
      { ...label(`owner:${owner}`, BRACE_X + 14, (top + low) / 2, heading(OWNERS[owner], 20), 'start'), delay: LATER },
    );
  }
  // The two isolation boundaries, between the layers they separate, named on the left.
  const boundaries = [
    { key: 'vm', below: 'hypervisor', name: 'VM boundary', between: 'between AWS customers' },
    { key: 'container', below: 'runtime', name: 'container boundary', between: 'between apps on one VM' },
  ] as const;
  for (const b of boundaries) {
    const i = STACK.findIndex((l) => l.id === b.below);
    const y = stackRect(i).y - (STACK_BOX.pitch - STACK_BOX.height) / 2;
    items.push(
      {
        kind: 'path',
        key: `boundary:${b.key}`,
        d: `M${STACK_BOX.x - 24},${y}H${STACK_BOX.x + STACK_BOX.width + 4}`,
        stroke: INK,
        strokeWidth: 3,
        dashed: true,
        delay: LATER,
      },
      {
        kind: 'text',
        key: `boundary:${b.key}:label`,
        delay: LATER,
        x: STACK_BOX.x - 32,
        y: y - 11,
        anchor: 'end',
        lines: [
          { text: b.name, size: 18, bold: true, fill: INK },
          { text: b.between, size: 18, fill: INK },
        ],
      },
    );
  }
  return items;
}

// --- Breadcrumb and legend ------------------------------------------------------------------------------------

function breadcrumbItems(path: readonly string[]): Item[] {
  const items: Item[] = [];
  let x = CONTEXT_X;
  const separator: TextLine = { text: '›', size: 22, bold: true, fill: GUIDE };
  path.forEach((segment, i) => {
    if (i > 0) {
      items.push(label(`crumb:sep:${String(i)}`, x + 8, BREADCRUMB_Y, separator, 'start'));
      x += 8 + textWidth(separator) + 8;
    }
    const last = i === path.length - 1;
    const line: TextLine = { text: segment, size: 20, bold: last, fill: last ? ACCENT : INK };
    items.push(label(`crumb:${String(i)}`, x, BREADCRUMB_Y, line, 'start'));
    x += textWidth(line);
  });
  return items;
}

export function containersInVmsPicture(state: ContainersInVmsState): Picture {
  const body =
    state.level === 'server'
      ? serverItems(state)
      : state.level === 'vm'
        ? [...contextItems(state), ...later(vmItems(state))]
        : state.level === 'container'
          ? [...contextItems(state), ...later(containerItems())]
          : stackItems();
  return [
    ...body,
    ...breadcrumbItems(state.breadcrumb),
    label('example', right(SERVER), BREADCRUMB_Y, quiet('example: Heroku on AWS'), 'end'),
    ...legend(
      [
        { layer: 'hardware' },
        { layer: 'hypervisor' },
        { layer: 'guestOs' },
        { layer: 'runtime' },
        { layer: 'process' },
        { line: 'syscall', label: 'system call', color: ACCENT },
      ],
      { x: CONTEXT_X, y: LEGEND_Y },
    ),
  ];
}
