import { ACCENT } from '../../../../model/palette.ts';
import type { Picture } from '../../picture/items.ts';
import { legend, LEGEND_Y, type LegendEntry } from '../../picture/legend.ts';
import type { ContainerStartupState } from '../model.ts';
import { racePicture } from './race.ts';
import { onOneKernelPicture } from './on-one-kernel.ts';

const LEGEND_AT = { x: 30, y: LEGEND_Y };

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
    : [...onOneKernelPicture(state.containers, state.comparison), ...legend(SHARED_LEGEND, LEGEND_AT)];
}
