import { GUIDE, INK, PAPER, WARNING } from '../../../../model/palette.ts';
import { arrow } from '../../picture/arrow.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { TENANTS, type SharedKernelState, type TenantId } from '../model.ts';
import {
  ARRIVAL,
  attackToken,
  call,
  column,
  COLUMN,
  CONTAINER_FRAME_HEIGHT,
  FENCE_NOTE_Y,
  FRAME_Y,
  HARDWARE,
  KERNEL,
  LANE,
  NAME,
  PANEL,
  panelRect,
  panelTitle,
  processBox,
  TENANT_TITLE_Y,
  text,
} from './layout.ts';

/** The left panel: containers on one shared host kernel, fenced by namespaces and cgroups. */
export function containerItems(state: SharedKernelState): Item[] {
  const attack = state.containers;
  const items: Item[] = [...groundItems(state), ...TENANTS.flatMap((tenant) => tenantItems(tenant, attack))];
  if (state.fences) items.push(...fenceItems());
  if (attack) items.push(attackToken('containers', attack, KERNEL.y + KERNEL.height / 2, state.inFlight === 'containers'));
  return items;
}
/** The panel's title, its hardware, and the one host kernel every container stands on. */
function groundItems(state: SharedKernelState): Item[] {
  const attack = state.containers;
  const kernel = panelRect('containers', KERNEL);
  const kernelDetail =
    attack === null
      ? 'shared by every container'
      : attack.atRisk.length > 0
        ? 'taken over: every container at risk'
        : 'a bug in it is exploited';
  return [
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
}
const FRAME_BOTTOM = FRAME_Y + CONTAINER_FRAME_HEIGHT;
/** One container: its frame and name, its process and call to the kernel, and the kernel's reach when at risk. */
function tenantItems(tenant: TenantId, attack: SharedKernelState['containers']): Item[] {
  const c = column('containers', tenant);
  const items: Item[] = [
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
    text(
      `containers:${tenant}:name`,
      { x: c.x + c.width / 2, y: TENANT_TITLE_Y },
      {
        text: `container ${NAME[tenant]}`,
        size: 18,
        bold: true,
      },
    ),
    processBox('containers', tenant, attack),
    ...call('containers', tenant, FRAME_BOTTOM + 3, KERNEL.y - 3, attack),
  ];
  if (attack?.atRisk.includes(tenant)) {
    const x = c.x + LANE.spread;
    items.push(
      ...arrow(
        `containers:${tenant}:reach`,
        [
          { x, y: KERNEL.y - 3 },
          { x, y: FRAME_BOTTOM + 3 },
        ],
        {
          color: WARNING,
          width: 4,
          dashed: true,
        },
      ),
    );
  }
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
