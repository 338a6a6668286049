import { ACCENT, INK, LAYERS, PAPER } from '../../../../model/palette.ts';
import { arrow } from '../../picture/arrow.ts';
import { bottom, centre, right, type Rect } from '../../picture/geometry.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { CONTAINERS, VMS, type ContainersInVmsState } from '../model.ts';
import { frame, heading, INSET, label, MAIN } from './frame.ts';

/** One VM: its kernel, the container runtime, the containers. */
const VM_TITLE_Y = MAIN.y + 20;
const VM_ROW = { y: 84, height: 112 };
const RUNTIME: Rect = { x: MAIN.x + 14, width: 140, ...VM_ROW };
const GUEST_KERNEL: Rect = { x: MAIN.x + 14, y: 330, width: MAIN.width - 28, height: 46 };
const CONTAINER_GAP = 14;
const CONTAINERS_X = right(RUNTIME) + CONTAINER_GAP;
const CONTAINER_WIDTH = (right(GUEST_KERNEL) - CONTAINERS_X - CONTAINER_GAP * (CONTAINERS.length - 1)) / CONTAINERS.length;
export function vmItems(state: ContainersInVmsState): Item[] {
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
      ...arrow(
        `${key}:calls`,
        [
          { x, y: bottom(box) + 3 },
          { x, y: GUEST_KERNEL.y - 3 },
        ],
        { color: ACCENT, width: 3 },
      ),
    );
  });
  const first = CONTAINERS_X + CONTAINER_WIDTH / 2;
  items.push(label('vm:calls', first + 12, (bottom(VM_ROW) + GUEST_KERNEL.y) / 2, { text: 'system calls', size: 18, fill: INK }, 'start'));
  return items;
}
