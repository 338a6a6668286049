import { GUIDE, INK, PAPER, WARNING } from '../../../../model/palette.ts';
import { arrow } from '../../picture/arrow.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { TENANTS, type SharedKernelState } from '../model.ts';
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
      ...call('containers', tenant, frameBottom + 3, KERNEL.y - 3, attack),
    );
    if (attack?.atRisk.includes(tenant)) {
      const x = c.x + LANE.spread;
      items.push(
        ...arrow(
          `containers:${tenant}:reach`,
          [
            { x, y: KERNEL.y - 3 },
            { x, y: frameBottom + 3 },
          ],
          {
            color: WARNING,
            width: 4,
            dashed: true,
          },
        ),
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
