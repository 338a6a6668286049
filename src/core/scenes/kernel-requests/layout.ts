import type { Rect } from '../picture/geometry.ts';
import type { NodeId } from './model.ts';

/**
 * Where every node sits. Four columns line a process up with the kernel part and device it talks to, so each
 * request runs straight down one column; a fifth column, set apart, holds what appears later (the new
 * process) and the boot chain.
 */
const COLUMN = { x: 160, width: 172, pitch: 188 };
const SIDE_COLUMN = { x: 950, width: 140 };

export const ROWS = {
  process: { y: 4, height: 48 },
  call: { y: 86, height: 28 },
  kernel: { y: 142, height: 158 },
  part: { y: 154, height: 50 },
  drivers: { y: 238, height: 50 },
  hardware: { y: 336, height: 50 },
} as const;

export const ROW_LABEL_X = 12;

export function column(i: number): { x: number; width: number } {
  return i === 4 ? SIDE_COLUMN : { x: COLUMN.x + i * COLUMN.pitch, width: COLUMN.width };
}

function cell(col: number, row: { y: number; height: number }): Rect {
  return { ...column(col), ...row };
}

const driversFrom = column(1);
const driversTo = column(2);
const lastKernelColumn = column(3);

export const KERNEL_BAND: Rect = {
  x: column(0).x - 10,
  y: ROWS.kernel.y,
  width: lastKernelColumn.x + lastKernelColumn.width + 10 - (column(0).x - 10),
  height: ROWS.kernel.height,
};

export const NODE_RECTS: Readonly<Record<NodeId, Rect>> = {
  browser: cell(0, ROWS.process),
  editor: cell(1, ROWS.process),
  server: cell(2, ROWS.process),
  shell: cell(3, ROWS.process),
  'new-process': cell(4, ROWS.process),
  init: cell(4, ROWS.process),
  memory: cell(0, ROWS.part),
  filesystem: cell(1, ROWS.part),
  network: cell(2, ROWS.part),
  scheduler: cell(3, ROWS.part),
  drivers: { x: driversFrom.x, width: driversTo.x + driversTo.width - driversFrom.x, ...ROWS.drivers },
  bootloader: cell(4, ROWS.drivers),
  ram: cell(0, ROWS.hardware),
  disk: cell(1, ROWS.hardware),
  nic: cell(2, ROWS.hardware),
  cpu: cell(3, ROWS.hardware),
  firmware: cell(4, ROWS.hardware),
  kernel: KERNEL_BAND,
};
