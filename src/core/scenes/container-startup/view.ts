import { ACCENT } from '../palette.ts';
import type { Picture } from '../picture/items.ts';
import { legend, type LegendEntry } from '../picture/legend.ts';
import type { ContainerStartupState } from './model.ts';
import { racePicture } from './race-view.ts';
import { sharedKernelPicture } from './shared-kernel-view.ts';

const LEGEND_AT = { x: 30, y: 413 };

const RACE_LEGEND: readonly LegendEntry[] = [
  { layer: 'hardware' },
  { layer: 'guestOs' },
  { layer: 'kernel' },
  { layer: 'runtime' },
  { layer: 'process' },
];

const SHARED_LEGEND: readonly LegendEntry[] = [
  { layer: 'hardware' },
  { layer: 'kernel' },
  { layer: 'runtime' },
  { layer: 'process' },
  { line: 'syscall', label: 'system calls', color: ACCENT },
];

export function containerStartupPicture(state: ContainerStartupState): Picture {
  return state.view === 'race'
    ? [...racePicture(state), ...legend(RACE_LEGEND, LEGEND_AT)]
    : [...sharedKernelPicture(state.containers, state.comparison), ...legend(SHARED_LEGEND, LEGEND_AT)];
}
