import { ACCENT, INK } from '../../../../model/palette.ts';
import type { Picture } from '../../picture/items.ts';
import { legend, LEGEND_Y } from '../../picture/legend.ts';
import type { SharedKernelState } from '../model.ts';
import { containerItems } from './containers.ts';
import { PANEL, text, VERDICT_Y } from './layout.ts';
import { vmItems } from './vms.ts';

export function sharedKernelPicture(state: SharedKernelState): Picture {
  return [
    ...containerItems(state),
    ...vmItems(state),
    ...(state.verdict ? [text('verdict', { x: 550, y: VERDICT_Y }, { text: state.verdict, size: 20, bold: true, fill: INK })] : []),
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
