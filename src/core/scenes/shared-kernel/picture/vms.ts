import { INK, LAYERS, WARNING } from '../../../../model/palette.ts';
import { bottom, type Rect } from '../../picture/geometry.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { TENANTS, type SharedKernelState, type TenantId } from '../model.ts';
import {
  ARRIVAL,
  attackToken,
  call,
  column,
  FRAME_Y,
  HARDWARE,
  GUEST_KERNEL,
  INSET,
  KERNEL,
  LANE,
  NAME,
  panelRect,
  panelTitle,
  PROCESS,
  processBox,
  TENANT_TITLE_Y,
  text,
  VM_FRAME_HEIGHT,
} from './layout.ts';

/** The right panel: VMs with a guest kernel each, on a hypervisor that stops the exploit. */
export function vmItems(state: SharedKernelState): Item[] {
  const attack = state.vms;
  const stopped = attack?.stoppedAt === 'hypervisor';
  const items: Item[] = [
    panelTitle('vms', 'VMs: a kernel each'),
    layerBox('vms:hardware', 'hardware', panelRect('vms', HARDWARE), 'hardware'),
    layerBox('vms:hypervisor', 'hypervisor', panelRect('vms', KERNEL), 'hypervisor', {
      detail: stopped ? 'holds: the exploit stops at VM A' : 'gives each VM its own kernel',
    }),
    ...TENANTS.flatMap((tenant) => tenantItems(state, tenant)),
  ];
  if (attack && stopped) items.push(...stopItems(attack.attacker));
  if (attack) items.push(attackToken('vms', attack, GUEST_KERNEL.y + GUEST_KERNEL.height / 2, state.inFlight === 'vms'));
  return items;
}
/** One VM: its frame and name, its process, its own guest kernel and the call down to it. */
function tenantItems(state: SharedKernelState, tenant: TenantId): Item[] {
  const attack = state.vms;
  const c = column('vms', tenant);
  const kernel: Rect = { x: c.x + INSET, width: c.width - 2 * INSET, ...GUEST_KERNEL };
  return [
    {
      kind: 'box',
      key: `vms:${tenant}:frame`,
      ...c,
      y: FRAME_Y,
      height: VM_FRAME_HEIGHT,
      fill: LAYERS.guestOs.tint,
      stroke: INK,
      strokeWidth: 2,
      lines: [],
    },
    text(`vms:${tenant}:name`, { x: c.x + c.width / 2, y: TENANT_TITLE_Y }, { text: `VM ${NAME[tenant]}`, size: 18, bold: true }),
    processBox('vms', tenant, attack),
    {
      // Two short lines, centred, leave the lane on the left free for the token to rest in.
      ...layerBox(`vms:${tenant}:kernel`, 'guestOs', kernel, 'guest', {
        emphasis: attack?.attacker === tenant ? 'warning' : 'none',
      }),
      lines: [
        { text: 'guest', size: 20 },
        { text: 'kernel', size: 20 },
      ],
      ...(state.inFlight === 'vms' ? { delay: ARRIVAL } : {}),
    },
    ...call('vms', tenant, bottom(PROCESS) + 3, GUEST_KERNEL.y - 3, attack),
  ];
}
/** The exploit goes on towards the hypervisor and ends against a bar: the boundary that held. */
function stopItems(attacker: TenantId): Item[] {
  const x = column('vms', attacker).x + LANE.call;
  const bar = KERNEL.y - 6;
  return [
    {
      kind: 'path',
      key: 'vms:stop:line',
      d: `M${String(x)},${String(bottom(GUEST_KERNEL) + 2)}V${String(bar)}`,
      stroke: WARNING,
      strokeWidth: 5,
      dashed: true,
      delay: ARRIVAL,
    },
    {
      kind: 'path',
      key: 'vms:stop:bar',
      d: `M${String(x - 26)},${String(bar)}H${String(x + 26)}`,
      stroke: INK,
      strokeWidth: 6,
      delay: ARRIVAL,
    },
  ];
}
