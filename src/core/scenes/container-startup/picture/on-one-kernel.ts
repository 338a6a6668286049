import { ACCENT, INK, PAPER } from '../../../../model/palette.ts';
import { arrow } from '../../picture/arrow.ts';
import { bottom, centre, type Rect } from '../../picture/geometry.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import type { Comparison, ContainerSpec } from '../model.ts';
import { formatSeconds } from '../timings.ts';

/** The container runtime stands beside the containers: it starts them, but their system calls bypass it. */
const AREA = { from: 30, to: 1070 };
const HEADLINE_Y = 20;
const FRAME = { y: 46, height: 184, gap: 20 };
const RUNTIME: Rect = { x: AREA.from, y: FRAME.y, width: 210, height: FRAME.height };
const KERNEL: Rect = { x: AREA.from, y: 272, width: AREA.to - AREA.from, height: 54 };
const HARDWARE: Rect = { x: AREA.from, y: 336, width: AREA.to - AREA.from, height: 50 };

function containerItems(c: ContainerSpec, frame: Rect): Item[] {
  const inner = { x: frame.x + 12, width: frame.width - 24 };
  const mid = centre(frame).x;
  return [
    {
      kind: 'box',
      key: `container:${c.name}`,
      ...frame,
      fill: PAPER,
      stroke: INK,
      strokeWidth: 2,
      dashed: true,
      lines: [],
    },
    {
      kind: 'text',
      key: `container:${c.name}:title`,
      x: mid,
      y: frame.y + 20,
      anchor: 'middle',
      lines: [{ text: `container “${c.name}”`, size: 20, bold: true, fill: INK }],
    },
    layerBox(`container:${c.name}:process`, 'process', { ...inner, y: frame.y + 36, height: 40 }, c.image),
    layerBox(`container:${c.name}:files`, 'runtime', { ...inner, y: frame.y + 82, height: 50 }, 'own filesystem', {
      detail: `${c.image} image layers`,
    }),
    {
      kind: 'box',
      key: `container:${c.name}:ip`,
      ...inner,
      y: frame.y + 138,
      height: 38,
      fill: PAPER,
      stroke: INK,
      strokeWidth: 1.5,
      lines: [{ text: `own IP ${c.ip}`, size: 18, mono: true, fill: INK }],
    },
    ...arrow(
      `container:${c.name}:syscalls`,
      [
        { x: mid, y: bottom(frame) + 3 },
        { x: mid, y: KERNEL.y - 3 },
      ],
      {
        color: ACCENT,
        width: 4,
      },
    ),
  ];
}

/** The race's result in one line, so the picture says why sharing the kernel matters. */
function headline(c: Comparison): Item {
  return {
    kind: 'text',
    key: 'shared:headline',
    x: (AREA.from + AREA.to) / 2,
    y: HEADLINE_Y,
    anchor: 'middle',
    lines: [
      {
        text:
          `VM: ~${formatSeconds(Math.round(c.vmSeconds))} from firmware to app process · ` +
          `Container: ~${formatSeconds(c.containerSeconds)} on the shared host kernel`,
        size: 22,
        bold: true,
        fill: ACCENT,
      },
    ],
  };
}

export function onOneKernelPicture(containers: readonly ContainerSpec[], comparison: Comparison | null): Item[] {
  const from = RUNTIME.x + RUNTIME.width + FRAME.gap;
  const width = (AREA.to - from - FRAME.gap * (containers.length - 1)) / containers.length;
  return [
    ...(comparison ? [headline(comparison)] : []),
    layerBox('shared:hardware', 'hardware', HARDWARE, 'hardware'),
    layerBox('shared:kernel', 'kernel', KERNEL, 'one host kernel, shared by every container', {
      emphasis: 'route',
      detail: 'namespaces and cgroups keep the containers apart',
    }),
    layerBox('shared:runtime', 'runtime', RUNTIME, 'container runtime', { detail: 'Docker Engine' }),
    ...containers.flatMap((c, i) => containerItems(c, { x: from + i * (width + FRAME.gap), y: FRAME.y, width, height: FRAME.height })),
  ];
}
