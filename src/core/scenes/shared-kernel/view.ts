import { ACCENT, GUIDE, INK, LAYERS, PAPER, WARNING } from '../palette.ts';
import { arrow } from '../picture/arrow.ts';
import { bottom, centre, type Rect } from '../picture/geometry.ts';
import type { Item, Picture, Point } from '../picture/items.ts';
import { layerBox } from '../picture/layer-box.ts';
import { legend } from '../picture/legend.ts';
import { LEG_MS, token } from '../picture/marker.ts';
import { TENANTS, type Attack, type SharedKernelState, type TenantId } from './model.ts';

/**
 * Two panels on one baseline: containers on a shared host kernel (left), VMs with a guest kernel each on a
 * hypervisor (right). Each tenant has a column; its system call runs down the column's left lane, clear of the
 * labels, which are centred.
 */
const PANEL = { containers: 14, vms: 566, width: 520 } as const;
const COLUMN = { width: 156, gap: 26 };
const TITLE_Y = 18;
const FENCE_NOTE_Y = 44;
const FRAME_Y = 84;
const CONTAINER_FRAME_HEIGHT = 92;
const VM_FRAME_HEIGHT = 170;
const TENANT_TITLE_Y = FRAME_Y + 15;
const PROCESS = { y: 112, height: 48 };
const GUEST_KERNEL = { y: 200, height: 50 };
const KERNEL = { y: 272, height: 50 };
const HARDWARE = { y: 330, height: 34 };
const VERDICT_Y = 383;
/** When animated, what the exploit reaches changes as the token gets there (its third leg). */
const ARRIVAL = 3 * LEG_MS;
const LEGEND_Y = 413;
/** The system call's lane, from the column's left edge; warnings climb back up a second lane. */
const LANE = { call: 24, spread: 60 };
const INSET = 12;
/** Where each side's system calls end: the top of the kernel they go to. */
const callEnd = { containers: KERNEL.y, vms: GUEST_KERNEL.y } as const;

type Side = 'containers' | 'vms';

const NAME: Readonly<Record<TenantId, string>> = { a: 'A', b: 'B', c: 'C' };

function column(side: Side, tenant: TenantId): { x: number; width: number } {
  const i = TENANTS.indexOf(tenant);
  return { x: PANEL[side] + i * (COLUMN.width + COLUMN.gap), width: COLUMN.width };
}

function panelRect(side: Side, row: { y: number; height: number }): Rect {
  return { x: PANEL[side], width: PANEL.width, ...row };
}

function processRect(side: Side, tenant: TenantId): Rect {
  const c = column(side, tenant);
  return { x: c.x + INSET, width: c.width - 2 * INSET, ...PROCESS };
}

function text(key: string, at: Point, line: { text: string; size: number; bold?: boolean; fill?: string }, anchor: 'start' | 'middle' = 'middle'): Item {
  return { kind: 'text', key, ...at, anchor, lines: [{ fill: INK, ...line }] };
}

/** How a tenant's app reads in this step: the attacker, a neighbour at risk, one out of reach, or plain. */
function processBox(side: Side, tenant: TenantId, attack: Attack | null): Item {
  const rect = processRect(side, tenant);
  const key = `${side}:${tenant}:process`;
  if (attack?.attacker === tenant) return layerBox(key, 'process', rect, 'malicious', { emphasis: 'warning', detail: 'process' });
  if (attack?.atRisk.includes(tenant)) return layerBox(key, 'process', rect, `app ${NAME[tenant]}`, { emphasis: 'warning', detail: 'at risk' });
  if (attack?.unaffected.includes(tenant)) return layerBox(key, 'process', rect, `app ${NAME[tenant]}`, { detail: 'unaffected' });
  return layerBox(key, 'process', rect, `app ${NAME[tenant]}`);
}

/** A system call down a tenant's lane; the attacker's is the exploit, dashed in the warning colour. */
function call(side: Side, tenant: TenantId, from: number, to: number, attack: Attack | null): Item[] {
  const x = column(side, tenant).x + LANE.call;
  const exploit = attack?.attacker === tenant;
  return [
    ...arrow(`${side}:${tenant}:call`, [{ x, y: from }, { x, y: to }], exploit ? { color: WARNING, width: 5, dashed: true } : { color: ACCENT, width: 3 }),
    ...(exploit
      ? [text(`${side}:${tenant}:exploit`, { x: x + 12, y: (from + to) / 2 }, { text: 'exploit', size: 18, bold: true, fill: WARNING }, 'start')]
      : []),
  ];
}

/** The request token: travelling this step, or resting in the kernel it reached, in the lane clear of labels. */
function attackToken(side: Side, attack: Attack, at: number, inFlight: boolean): Item {
  const x = column(side, attack.attacker).x + LANE.call;
  const process = processRect(side, attack.attacker);
  // Out of the process, down the call's lane, into the kernel.
  const route = [centre(process).y, bottom(process), callEnd[side]].map((y) => ({ x, y }));
  return token(`${side}:token`, { x, y: at }, inFlight ? route : undefined);
}

function panelTitle(side: Side, words: string): Item {
  return text(`${side}:title`, { x: PANEL[side], y: TITLE_Y }, { text: words, size: 22, bold: true }, 'start');
}

function containerItems(state: SharedKernelState): Item[] {
  const attack = state.containers;
  const kernel = panelRect('containers', KERNEL);
  const kernelDetail =
    attack === null
      ? 'shared by every container'
      : attack.atRisk.length > 0
        ? 'taken over: every container at risk'
        : 'a bug in it is exploited';
  const frameBottom = FRAME_Y + CONTAINER_FRAME_HEIGHT;
  const items: Item[] = [
    panelTitle('containers', 'Containers: one shared kernel'),
    layerBox('containers:hardware', 'hardware', panelRect('containers', HARDWARE), 'hardware'),
    {
      ...layerBox('containers:kernel', 'kernel', kernel, 'host kernel', {
        emphasis: attack ? 'warning' : 'none',
        detail: kernelDetail,
      }),
      ...(state.inFlight === 'containers' ? { delay: ARRIVAL } : {}),
    },
  ];
  for (const tenant of TENANTS) {
    const c = column('containers', tenant);
    items.push(
      {
        kind: 'box',
        key: `containers:${tenant}:frame`,
        ...c,
        y: FRAME_Y,
        height: CONTAINER_FRAME_HEIGHT,
        fill: PAPER,
        stroke: INK,
        strokeWidth: 2,
        dashed: true,
        lines: [],
      },
      text(`containers:${tenant}:name`, { x: c.x + c.width / 2, y: TENANT_TITLE_Y }, {
        text: `container ${NAME[tenant]}`,
        size: 18,
        bold: true,
      }),
      processBox('containers', tenant, attack),
      ...call('containers', tenant, frameBottom + 3, KERNEL.y - 3, attack),
    );
    if (attack?.atRisk.includes(tenant)) {
      const x = c.x + LANE.spread;
      items.push(
        ...arrow(`containers:${tenant}:reach`, [{ x, y: KERNEL.y - 3 }, { x, y: frameBottom + 3 }], {
          color: WARNING,
          width: 4,
          dashed: true,
        }),
      );
    }
  }
  if (state.fences) items.push(...fenceItems());
  if (attack) items.push(attackToken('containers', attack, KERNEL.y + KERNEL.height / 2, state.inFlight === 'containers'));
  return items;
}

/** Namespaces and cgroups as fences in the gaps between containers, reaching down to the kernel they stand on. */
function fenceItems(): Item[] {
  const fences: Item[] = TENANTS.slice(1).map((tenant) => {
    const x = column('containers', tenant).x - COLUMN.gap / 2;
    return {
      kind: 'path',
      key: `fence:${tenant}`,
      d: `M${String(x)},${String(FRAME_Y - 2)}V${String(KERNEL.y - 3)}`,
      stroke: GUIDE,
      strokeWidth: 6,
      dashed: true,
    };
  });
  return [
    ...fences,
    {
      kind: 'text',
      key: 'fence:note',
      x: PANEL.containers + PANEL.width / 2,
      y: FENCE_NOTE_Y,
      anchor: 'middle',
      lines: [
        { text: 'Fences: namespaces limit what it can see,', size: 18, fill: INK },
        { text: 'cgroups limit what it can use', size: 18, fill: INK },
      ],
    },
  ];
}

function vmItems(state: SharedKernelState): Item[] {
  const attack = state.vms;
  const stopped = attack?.stoppedAt === 'hypervisor';
  const items: Item[] = [
    panelTitle('vms', 'VMs: a kernel each'),
    layerBox('vms:hardware', 'hardware', panelRect('vms', HARDWARE), 'hardware'),
    layerBox('vms:hypervisor', 'hypervisor', panelRect('vms', KERNEL), 'hypervisor', {
      detail: stopped ? 'holds: the exploit stops at VM A' : 'gives each VM its own kernel',
    }),
  ];
  for (const tenant of TENANTS) {
    const c = column('vms', tenant);
    const kernel: Rect = { x: c.x + INSET, width: c.width - 2 * INSET, ...GUEST_KERNEL };
    items.push(
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
    );
  }
  if (attack && stopped) {
    // The exploit goes on towards the hypervisor and ends against a bar: the boundary that held.
    const x = column('vms', attack.attacker).x + LANE.call;
    const bar = KERNEL.y - 6;
    items.push(
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
    );
  }
  if (attack) items.push(attackToken('vms', attack, GUEST_KERNEL.y + GUEST_KERNEL.height / 2, state.inFlight === 'vms'));
  return items;
}

export function sharedKernelPicture(state: SharedKernelState): Picture {
  return [
    ...containerItems(state),
    ...vmItems(state),
    ...(state.verdict
      ? [text('verdict', { x: 550, y: VERDICT_Y }, { text: state.verdict, size: 20, bold: true, fill: INK })]
      : []),
    ...legend(
      [
        { layer: 'hardware' },
        { layer: 'kernel' },
        { layer: 'hypervisor' },
        { layer: 'guestOs' },
        { layer: 'process' },
        { line: 'syscall', label: 'system call', color: ACCENT },
      ],
      { x: PANEL.containers, y: LEGEND_Y },
    ),
  ];
}
