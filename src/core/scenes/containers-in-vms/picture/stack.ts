import { INK, PAPER, type LayerKind } from '../../../../model/palette.ts';
import { bottom, type Rect } from '../../picture/geometry.ts';
import type { Item } from '../../picture/items.ts';
import { layerBox } from '../../picture/layer-box.ts';
import { OWNERS, STACK, type Owner, type StackLayer } from '../model.ts';
import { heading, label, LATER } from './frame.ts';

/** The whole stack, with who runs each layer. */
const STACK_BOX = { x: 270, width: 480, height: 48, pitch: 56, bottom: 336 };
const BRACE_X = STACK_BOX.x + STACK_BOX.width + 16;

/** Stack layers keep the keys of the boxes they were in the zoom, so the zoom folds into the stack. */
const STACK_KEYS: Readonly<Record<StackLayer['id'], string>> = {
  hardware: 'server:hardware',
  hypervisor: 'server:hypervisor',
  'guest-kernel': 'vm:kernel',
  runtime: 'vm:runtime',
  container: 'ct:frame',
  process: 'ct:process',
};

const STACK_LAYER: Readonly<Record<StackLayer['id'], LayerKind | null>> = {
  hardware: 'hardware',
  hypervisor: 'hypervisor',
  'guest-kernel': 'guestOs',
  runtime: 'runtime',
  container: null,
  process: 'process',
};

function stackRect(i: number): Rect {
  return { x: STACK_BOX.x, width: STACK_BOX.width, y: STACK_BOX.bottom - i * STACK_BOX.pitch, height: STACK_BOX.height };
}
export function stackItems(): Item[] {
  return [...layerItems(), ...ownerItems(), ...boundaryItems()];
}
/** The layers, bottom up; the one with no palette kind (the container) is a dashed outline. */
function layerItems(): Item[] {
  return STACK.map((layer, i) => {
    const rect = stackRect(i);
    const kind = STACK_LAYER[layer.id];
    const opts = layer.detail === undefined ? {} : { detail: layer.detail };
    if (kind) return layerBox(STACK_KEYS[layer.id], kind, rect, layer.label, opts);
    return {
      ...layerBox(STACK_KEYS[layer.id], 'process', rect, layer.label, opts),
      fill: PAPER,
      stroke: INK,
      strokeWidth: 2,
      dashed: true,
    };
  });
}
/** A bracket per owner on the right, spanning the layers they run. */
function ownerItems(): Item[] {
  const items: Item[] = [];
  for (const owner of ['cloud', 'platform', 'you'] as const satisfies readonly Owner[]) {
    const levels = STACK.flatMap((l, i) => (l.owner === owner ? [i] : []));
    const top = stackRect(Math.max(...levels)).y + 4;
    const low = bottom(stackRect(Math.min(...levels))) - 4;
    items.push(
      {
        kind: 'path',
        key: `owner:${owner}:brace`,
        d: `M${BRACE_X - 8},${top}H${BRACE_X}V${low}H${BRACE_X - 8}`,
        stroke: INK,
        strokeWidth: 2.5,
        delay: LATER,
      },
      { ...label(`owner:${owner}`, BRACE_X + 14, (top + low) / 2, heading(OWNERS[owner], 20), 'start'), delay: LATER },
    );
  }
  return items;
}
/** The two isolation boundaries, between the layers they separate, named on the left. */
function boundaryItems(): Item[] {
  const items: Item[] = [];
  const boundaries = [
    { key: 'vm', below: 'hypervisor', name: 'VM boundary', between: 'between AWS customers' },
    { key: 'container', below: 'runtime', name: 'container boundary', between: 'between apps on one VM' },
  ] as const;
  for (const b of boundaries) {
    const i = STACK.findIndex((l) => l.id === b.below);
    const y = stackRect(i).y - (STACK_BOX.pitch - STACK_BOX.height) / 2;
    items.push(
      {
        kind: 'path',
        key: `boundary:${b.key}`,
        d: `M${STACK_BOX.x - 24},${y}H${STACK_BOX.x + STACK_BOX.width + 4}`,
        stroke: INK,
        strokeWidth: 3,
        dashed: true,
        delay: LATER,
      },
      {
        kind: 'text',
        key: `boundary:${b.key}:label`,
        delay: LATER,
        x: STACK_BOX.x - 32,
        y: y - 11,
        anchor: 'end',
        lines: [
          { text: b.name, size: 18, bold: true, fill: INK },
          { text: b.between, size: 18, fill: INK },
        ],
      },
    );
  }
  return items;
}
