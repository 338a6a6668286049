import { ACCENT, INK } from '../../../model/palette.ts';
import type { Item, Picture, TextLine } from '../picture/items.ts';
import { layerBox } from '../picture/layer-box.ts';
import { stackLayout, type StackFrame } from '../picture/stack-layout.ts';
import { legend, LEGEND_Y } from '../picture/legend.ts';
import { textWidth } from '../../text-width.ts';
import { kernelCount, STACKS, type LayerId, type StackId, type StackState, type VmVsContainerState } from './model.ts';

/** Two stacks of the same width on the same baseline, so equal heights compare directly. */
const STACK_X: Readonly<Record<StackId, number>> = { vms: 20, containers: 565 };
const STACK_WIDTH = 515;
const SLOT_GAP = 12;
/** The runtime needs less room than an app; the containers share what is left of their level. */
const RUNTIME_WIDTH = 140;
const LEVEL = { bottom: 332, height: 54, pitch: 68 };
const TITLE_Y = 30;
const COUNT_GAP = 20;

const FRAME = (stack: StackId): StackFrame => ({
  x: STACK_X[stack],
  width: STACK_WIDTH,
  gap: SLOT_GAP,
  level: LEVEL,
  fixedWidth: (layer) => (layer.id === 'runtime' ? RUNTIME_WIDTH : undefined),
});

const isKernel = (id: LayerId): boolean => id === 'host-kernel' || id.startsWith('guest-os-');

/** The closing labels: what kind of kernel each one is, for this stack. */
function kernelDetail(stack: StackId, id: LayerId): string | undefined {
  if (id.startsWith('guest-os-')) return 'own kernel';
  if (stack === 'containers' && id === 'host-kernel') return 'shared kernel';
  return undefined;
}

function stackItems(state: StackState, kernels: boolean): Item[] {
  const spec = STACKS[state.id];
  const where = stackLayout(spec, FRAME(state.id));
  const visible = new Set(state.visible);
  const count = kernelCount(state);
  const title: TextLine = { text: spec.title, size: 24, bold: true, fill: INK };
  const countText: Item = {
    kind: 'text',
    key: `${state.id}:kernels`,
    // Right after its own title, so the count cannot be read as the neighbouring stack's.
    x: STACK_X[state.id] + textWidth(title) + COUNT_GAP,
    y: TITLE_Y,
    anchor: 'start',
    lines: [{ text: `${String(count)} ${count === 1 ? 'kernel' : 'kernels'}`, size: 24, bold: true, fill: ACCENT }],
  };
  return [
    { kind: 'text', key: `${state.id}:title`, x: STACK_X[state.id], y: TITLE_Y, anchor: 'start', lines: [title] },
    ...spec.levels
      .flat()
      .filter((l) => visible.has(l.id))
      .flatMap((l) => {
        const rect = where.get(l.id);
        if (!rect) return [];
        const closing = kernels ? kernelDetail(state.id, l.id) : undefined;
        const detail = closing ?? l.detail;
        const box = layerBox(`${state.id}:${l.id}`, l.layer, rect, l.label, {
          emphasis: kernels && isKernel(l.id) ? 'route' : 'none',
          ...(detail === undefined ? {} : { detail }),
        });
        // The closing labels are the point of the scene: they stand out from the examples in other boxes.
        return [closing ? { ...box, lines: box.lines.map((line, i) => (i === 1 ? { ...line, bold: true } : line)) } : box];
      }),
    ...(kernels ? [countText] : []),
  ];
}

export function vmVsContainerPicture(state: VmVsContainerState): Picture {
  return [
    ...state.stacks.flatMap((s) => stackItems(s, state.kernels)),
    ...legend(
      [
        { layer: 'hardware' },
        { layer: 'kernel' },
        { layer: 'hypervisor' },
        { layer: 'guestOs' },
        { layer: 'runtime' },
        { layer: 'process' },
      ],
      { x: STACK_X.vms, y: LEGEND_Y },
    ),
  ];
}
