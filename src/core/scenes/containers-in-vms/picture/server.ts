import { GUIDE, LAYERS, PAPER } from '../../../../model/palette.ts';
import { centre, type Rect } from '../../picture/geometry.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { CONTAINERS, VMS, type ContainersInVmsState } from '../model.ts';
import { frame, heading, INSET, label, quiet, SERVER } from './frame.ts';

/** The server: hardware, hypervisor and, once split, the VMs customers rent. */
const VM = { y: SERVER.y, height: 222, gap: 16 };
const VM_WIDTH = (SERVER.width - VM.gap * (VMS.length - 1)) / VMS.length;
const HYPERVISOR: Rect = { x: SERVER.x, y: 276, width: SERVER.width, height: 50 };
const HARDWARE: Rect = { x: SERVER.x, y: 334, width: SERVER.width, height: 50 };
export function serverItems(state: ContainersInVmsState): Item[] {
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
