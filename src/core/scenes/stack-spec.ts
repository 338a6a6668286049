import type { LayerKind } from '../../model/palette.ts';

/** One box of a layered stack (hardware, kernel, hypervisor, ...): the unit the stack scenes are built from. */
export interface LayerSpec<Id extends string = string> {
  id: Id;
  layer: LayerKind;
  label: string;
  detail?: string;
}

/** A stack, bottom up; a level with several layers puts them side by side (VMs, containers). */
export interface StackSpec<StackId extends string = string, Id extends string = string> {
  id: StackId;
  title: string;
  levels: readonly (readonly LayerSpec<Id>[])[];
}
