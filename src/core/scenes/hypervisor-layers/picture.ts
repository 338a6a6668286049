import { ACCENT, INK, WARNING } from '../../../model/palette.ts';
import type { Item, Picture } from '../picture/items.ts';
import { layerBox, type Emphasis } from '../picture/layer-box.ts';
import { stackLayout, type StackFrame } from '../picture/stack-layout.ts';
import { legend, LEGEND_Y, type LegendEntry } from '../picture/legend.ts';
import { STACKS, type Duty, type HypervisorLayersState, type LayerId, type Role, type StackId, type StackState } from './model.ts';

const STACK_X: Readonly<Record<StackId, number>> = { type1: 14, type2: 596 };
const STACK_WIDTH = 490;
const VM_GAP = 12;
const LEVEL = { bottom: 332, height: 54, pitch: 68 };
const FRAME = (stack: StackId): StackFrame => ({ x: STACK_X[stack], width: STACK_WIDTH, gap: VM_GAP, level: LEVEL });
const TITLE_Y = 30;

const EMPHASIS: Readonly<Record<Role, Emphasis>> = { cpu: 'route', io: 'warning' };

function stackItems(state: StackState): Item[] {
  const spec = STACKS[state.id];
  const where = stackLayout(spec, FRAME(state.id));
  const visible = new Set(state.visible);
  const duty = (id: LayerId): Duty | undefined => state.duties.find((d) => d.layer === id);
  const layers = spec.levels.flat().filter((l) => visible.has(l.id));
  return [
    {
      kind: 'text',
      key: `${state.id}:title`,
      x: STACK_X[state.id],
      y: TITLE_Y,
      anchor: 'start',
      lines: [{ text: spec.title, size: 24, bold: true, fill: INK }],
    },
    ...layers.flatMap((l) => {
      const rect = where.get(l.id);
      if (!rect) return [];
      const d = duty(l.id);
      const detail = d ? d.note : l.detail;
      return [
        layerBox(`${state.id}:${l.id}`, l.layer, rect, l.label, {
          emphasis: d ? EMPHASIS[d.role] : 'none',
          ...(detail === undefined ? {} : { detail }),
        }),
      ];
    }),
  ];
}

export function hypervisorLayersPicture(state: HypervisorLayersState): Picture {
  const duties = state.stacks.some((s) => s.duties.length > 0);
  // The duties are outlines on the boxes, so the legend shows outlines; the layer swatches stay as they were.
  const entries: LegendEntry[] = [
    { layer: 'hardware' },
    { layer: 'kernel' },
    { layer: 'hypervisor' },
    { layer: 'guestOs' },
    { layer: 'process' },
    ...(duties
      ? [
          { outline: 'cpu', label: 'schedules', color: ACCENT },
          { outline: 'io', label: 'I/O drivers', color: WARNING },
        ]
      : []),
  ];
  // Seven entries in one row: a narrower gap than the other scenes' keeps the last one inside the picture.
  return [...state.stacks.flatMap(stackItems), ...legend(entries, { x: STACK_X.type1, y: LEGEND_Y }, duties ? 20 : undefined)];
}
