import { ACCENT, INK, WARNING } from '../../../../model/palette.ts';
import { arrow } from '../../picture/arrow.ts';
import { bottom, centre, type Rect } from '../../picture/geometry.ts';
import type { Item, Point } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { LEG_MS, token } from '../../picture/marker.ts';
import { TENANTS, type Attack, type TenantId } from '../model.ts';

/**
 * Two panels on one baseline: containers on a shared host kernel (left), VMs with a guest kernel each on a
 * hypervisor (right). Each tenant has a column; its system call runs down the column's left lane, clear of the
 * labels, which are centred.
 */
export const PANEL = { containers: 14, vms: 566, width: 520 } as const;
export const COLUMN = { width: 156, gap: 26 };
export const TITLE_Y = 18;
export const FENCE_NOTE_Y = 44;
export const FRAME_Y = 84;
export const CONTAINER_FRAME_HEIGHT = 92;
export const VM_FRAME_HEIGHT = 170;
export const TENANT_TITLE_Y = FRAME_Y + 15;
export const PROCESS = { y: 112, height: 48 };
export const GUEST_KERNEL = { y: 200, height: 50 };
export const KERNEL = { y: 272, height: 50 };
export const HARDWARE = { y: 330, height: 34 };
export const VERDICT_Y = 383;
/** When animated, what the exploit reaches changes as the token gets there (its third leg). */
export const ARRIVAL = 3 * LEG_MS;
/** The system call's lane, from the column's left edge; warnings climb back up a second lane. */
export const LANE = { call: 24, spread: 60 };
export const INSET = 12;
/** Where each side's system calls end: the top of the kernel they go to. */
export const callEnd = { containers: KERNEL.y, vms: GUEST_KERNEL.y } as const;

export type Side = 'containers' | 'vms';

export const NAME: Readonly<Record<TenantId, string>> = { a: 'A', b: 'B', c: 'C' };

export function column(side: Side, tenant: TenantId): { x: number; width: number } {
  const i = TENANTS.indexOf(tenant);
  return { x: PANEL[side] + i * (COLUMN.width + COLUMN.gap), width: COLUMN.width };
}

export function panelRect(side: Side, row: { y: number; height: number }): Rect {
  return { x: PANEL[side], width: PANEL.width, ...row };
}

export function processRect(side: Side, tenant: TenantId): Rect {
  const c = column(side, tenant);
  return { x: c.x + INSET, width: c.width - 2 * INSET, ...PROCESS };
}

export function text(
  key: string,
  at: Point,
  line: { text: string; size: number; bold?: boolean; fill?: string },
  anchor: 'start' | 'middle' = 'middle',
): Item {
  return { kind: 'text', key, ...at, anchor, lines: [{ fill: INK, ...line }] };
}

/** How a tenant's app reads in this step: the attacker, a neighbour at risk, one out of reach, or plain. */
export function processBox(side: Side, tenant: TenantId, attack: Attack | null): Item {
  const rect = processRect(side, tenant);
  const key = `${side}:${tenant}:process`;
  if (attack?.attacker === tenant) return layerBox(key, 'process', rect, 'malicious', { emphasis: 'warning', detail: 'process' });
  if (attack?.atRisk.includes(tenant))
    return layerBox(key, 'process', rect, `app ${NAME[tenant]}`, { emphasis: 'warning', detail: 'at risk' });
  if (attack?.unaffected.includes(tenant)) return layerBox(key, 'process', rect, `app ${NAME[tenant]}`, { detail: 'unaffected' });
  return layerBox(key, 'process', rect, `app ${NAME[tenant]}`);
}

/** A system call down a tenant's lane; the attacker's is the exploit, dashed in the warning colour. */
export function call(side: Side, tenant: TenantId, from: number, to: number, attack: Attack | null): Item[] {
  const x = column(side, tenant).x + LANE.call;
  const exploit = attack?.attacker === tenant;
  return [
    ...arrow(
      `${side}:${tenant}:call`,
      [
        { x, y: from },
        { x, y: to },
      ],
      exploit ? { color: WARNING, width: 5, dashed: true } : { color: ACCENT, width: 3 },
    ),
    ...(exploit
      ? [
          text(
            `${side}:${tenant}:exploit`,
            { x: x + 12, y: (from + to) / 2 },
            { text: 'exploit', size: 18, bold: true, fill: WARNING },
            'start',
          ),
        ]
      : []),
  ];
}

/** The request token: travelling this step, or resting in the kernel it reached, in the lane clear of labels. */
export function attackToken(side: Side, attack: Attack, at: number, inFlight: boolean): Item {
  const x = column(side, attack.attacker).x + LANE.call;
  const process = processRect(side, attack.attacker);
  // Out of the process, down the call's lane, into the kernel.
  const route = [centre(process).y, bottom(process), callEnd[side]].map((y) => ({ x, y }));
  return token(`${side}:token`, { x, y: at }, inFlight ? route : undefined);
}

export function panelTitle(side: Side, words: string): Item {
  return text(`${side}:title`, { x: PANEL[side], y: TITLE_Y }, { text: words, size: 22, bold: true }, 'start');
}
