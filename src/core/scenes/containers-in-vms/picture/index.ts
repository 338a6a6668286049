import { ACCENT, GUIDE, INK } from '../../../../model/palette.ts';
import { right } from '../../picture/geometry.ts';
import type { Item, Picture, TextLine } from '../../picture/items.ts';
import { legend, LEGEND_Y } from '../../picture/legend.ts';
import { textWidth } from '../../../text-width.ts';
import type { ContainersInVmsState } from '../model.ts';
import { containerItems } from './container.ts';
import { contextItems } from './context.ts';
import { BREADCRUMB_Y, CONTEXT_X, label, later, quiet, SERVER } from './frame.ts';
import { serverItems } from './server.ts';
import { stackItems } from './stack.ts';
import { vmItems } from './vm.ts';

function breadcrumbItems(path: readonly string[]): Item[] {
  const items: Item[] = [];
  let x = CONTEXT_X;
  const separator: TextLine = { text: '›', size: 22, bold: true, fill: GUIDE };
  path.forEach((segment, i) => {
    if (i > 0) {
      items.push(label(`crumb:sep:${String(i)}`, x + 8, BREADCRUMB_Y, separator, 'start'));
      x += 8 + textWidth(separator) + 8;
    }
    const last = i === path.length - 1;
    const line: TextLine = { text: segment, size: 20, bold: last, fill: last ? ACCENT : INK };
    items.push(label(`crumb:${String(i)}`, x, BREADCRUMB_Y, line, 'start'));
    x += textWidth(line);
  });
  return items;
}
export function containersInVmsPicture(state: ContainersInVmsState): Picture {
  const body =
    state.level === 'server'
      ? serverItems(state)
      : state.level === 'vm'
        ? [...contextItems(state), ...later(vmItems(state))]
        : state.level === 'container'
          ? [...contextItems(state), ...later(containerItems())]
          : stackItems();
  return [
    ...body,
    ...breadcrumbItems(state.breadcrumb),
    label('example', right(SERVER), BREADCRUMB_Y, quiet('example: Heroku on AWS'), 'end'),
    ...legend(
      [
        { layer: 'hardware' },
        { layer: 'hypervisor' },
        { layer: 'guestOs' },
        { layer: 'runtime' },
        { layer: 'process' },
        { line: 'syscall', label: 'system call', color: ACCENT },
      ],
      { x: CONTEXT_X, y: LEGEND_Y },
    ),
  ];
}
