import { ACCENT, GUIDE, GUIDE_FILL, INK } from '../../../../model/palette.ts';
import { bottom, num, right, type Rect } from '../../picture/geometry.ts';
import type { BoxItem, Item } from '../../picture/items.ts';
import type { ContainersInVmsState } from '../model.ts';
import { CONTAINER_FRAME } from './container.ts';
import { CONTEXT_X, label, MAIN, quiet, SERVER } from './frame.ts';
import { serverItems } from './server.ts';
import { vmItems } from './vm.ts';

/** The context column: the outer levels, small, with a cone from the part zoomed into. */
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
export function contextItems(state: ContainersInVmsState): Item[] {
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
