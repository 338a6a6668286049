import { ACCENT, INK, LAYERS, PAPER, type LayerKind } from '../../../../model/palette.ts';
import { arrow } from '../../picture/arrow.ts';
import { bottom, centre, type Rect } from '../../picture/geometry.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { frame, heading, label, MAIN } from './frame.ts';

/** Your app's container: its process, filesystem, namespaces and cgroups, over the VM's kernel. */
export const CONTAINER_FRAME: Rect = { x: MAIN.x, y: MAIN.y, width: MAIN.width, height: 196 };
const CONTAINER_KERNEL: Rect = { x: MAIN.x, y: 330, width: MAIN.width, height: 50 };
export function containerItems(): Item[] {
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
    ...arrow(
      'ct:calls',
      [
        { x, y: bottom(CONTAINER_FRAME) + 3 },
        { x, y: CONTAINER_KERNEL.y - 3 },
      ],
      { color: ACCENT, width: 3 },
    ),
    label(
      'ct:calls:label',
      x + 12,
      (bottom(CONTAINER_FRAME) + CONTAINER_KERNEL.y) / 2,
      { text: 'system calls', size: 18, fill: INK },
      'start',
    ),
    layerBox('ct:kernel', 'guestOs', CONTAINER_KERNEL, 'the VM’s guest kernel (Linux)', {
      detail: 'shared with the other containers on this VM',
    }),
  ];
}
