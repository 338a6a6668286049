import type { LayerSpec as GenericLayerSpec, StackSpec as GenericStackSpec } from '../stack-spec.ts';

export type StackId = 'type1' | 'type2';
export type LayerId =
  'hardware' | 'host-kernel' | 'hypervisor' | 'root-os' | 'root-tools' | 'guest-kernel-1' | 'guest-kernel-2' | 'app-1' | 'app-2';

export type LayerSpec = GenericLayerSpec<LayerId>;
export type StackSpec = GenericStackSpec<StackId, LayerId>;

/**
 * Type 1 is drawn as Hyper-V and Xen, the deck's own examples: beside the guests runs a privileged VM (Hyper-V's
 * root partition, Xen's dom0) that holds the device drivers, and guest I/O goes through it (Microsoft Learn,
 * Hyper-V TLFS glossary: "the root partition manages machine-level functions such as device drivers"; Xen
 * Project wiki, "Dom0"). ESXi differs: its drivers are in the VMkernel itself; the notes say so.
 */
const TYPE1_GUESTS: readonly (readonly LayerSpec[])[] = [
  [
    { id: 'root-os', layer: 'kernel', label: 'root OS', detail: 'Xen: dom0' },
    { id: 'guest-kernel-1', layer: 'guestOs', label: 'guest kernel' },
    { id: 'guest-kernel-2', layer: 'guestOs', label: 'guest kernel' },
  ],
  [
    { id: 'root-tools', layer: 'process', label: 'VM tools' },
    { id: 'app-1', layer: 'process', label: 'VM 1 apps' },
    { id: 'app-2', layer: 'process', label: 'VM 2 apps' },
  ],
];

const TYPE2_GUESTS: readonly (readonly LayerSpec[])[] = [
  [
    { id: 'guest-kernel-1', layer: 'guestOs', label: 'guest kernel' },
    { id: 'guest-kernel-2', layer: 'guestOs', label: 'guest kernel' },
  ],
  [
    { id: 'app-1', layer: 'process', label: 'VM 1 apps' },
    { id: 'app-2', layer: 'process', label: 'VM 2 apps' },
  ],
];

const HARDWARE: LayerSpec = { id: 'hardware', layer: 'hardware', label: 'hardware' };

export const STACKS: Readonly<Record<StackId, StackSpec>> = {
  type1: {
    id: 'type1',
    title: 'Type 1 (bare metal)',
    levels: [[HARDWARE], [{ id: 'hypervisor', layer: 'hypervisor', label: 'type 1 hypervisor', detail: 'Hyper-V · Xen' }], ...TYPE1_GUESTS],
  },
  type2: {
    id: 'type2',
    title: 'Type 2 (hosted)',
    levels: [
      [HARDWARE],
      [{ id: 'host-kernel', layer: 'kernel', label: 'host OS kernel', detail: 'Windows · macOS · Linux' }],
      [
        {
          id: 'hypervisor',
          layer: 'hypervisor',
          label: 'hypervisor, an app on the host OS',
          detail: 'VirtualBox · VMware Workstation · Parallels',
        },
      ],
      ...TYPE2_GUESTS,
    ],
  },
};

/** What a layer does in the last step: it schedules CPU and memory, or its drivers carry the guests' device I/O. */
export type Role = 'cpu' | 'io';

export interface Duty {
  layer: LayerId;
  role: Role;
  /** Replaces the box's detail line in that step. */
  note: string;
}

export interface StackState {
  id: StackId;
  visible: readonly LayerId[];
  duties: readonly Duty[];
}

export interface HypervisorLayersState {
  stacks: readonly [StackState, StackState];
}

/**
 * Type 1: the hypervisor schedules CPUs and memory itself; disk and network I/O goes to the root OS's drivers.
 * Type 2: the host kernel does both; each VM is a process of the host (VirtualBox's VM process, say), scheduled
 * like any other.
 */
export const DUTIES: Readonly<Record<StackId, readonly Duty[]>> = {
  type1: [
    { layer: 'hypervisor', role: 'cpu', note: 'schedules CPU and memory' },
    { layer: 'root-os', role: 'io', note: 'drivers: I/O' },
  ],
  // The host kernel does both jobs; its box is outlined as the scheduler and its note names the drivers.
  type2: [{ layer: 'host-kernel', role: 'cpu', note: 'schedules CPU and memory; its drivers do I/O' }],
};

export interface StepSpec {
  type1: readonly LayerId[];
  type2: readonly LayerId[];
  duties: boolean;
  caption: string;
}

export const BEFORE: StepSpec = {
  type1: ['hardware'],
  type2: ['hardware'],
  duties: false,
  caption: 'Two ways to run virtual machines, built up layer by layer from the same hardware.',
};

const T1 = ['hardware', 'hypervisor', 'root-os', 'guest-kernel-1', 'guest-kernel-2', 'root-tools', 'app-1', 'app-2'] as const;
const T2 = ['hardware', 'host-kernel', 'hypervisor', 'guest-kernel-1', 'guest-kernel-2', 'app-1', 'app-2'] as const;

export const STEPS: readonly StepSpec[] = [
  {
    ...BEFORE,
    type1: ['hardware', 'hypervisor'],
    caption: 'Type 1, bare metal: the hypervisor runs directly on the hardware. Examples: Hyper-V, Xen.',
  },
  {
    ...BEFORE,
    type1: T1,
    caption: 'On it run the guest VMs and one privileged VM, the root OS, that holds the device drivers.',
  },
  {
    ...BEFORE,
    type1: T1,
    type2: ['hardware', 'host-kernel'],
    caption: 'Type 2, hosted: an ordinary operating system runs on the hardware; its kernel is the host kernel.',
  },
  {
    ...BEFORE,
    type1: T1,
    type2: T2,
    caption: 'The hypervisor is an app on that OS (VirtualBox, VMware Workstation, Parallels); guest kernels run on it.',
  },
  {
    type1: T1,
    type2: T2,
    duties: true,
    caption: 'Who schedules CPU and memory: hypervisor or host kernel. In both stacks, disk I/O passes an OS’s drivers.',
  },
];

export function state(s: StepSpec): HypervisorLayersState {
  return {
    stacks: [
      { id: 'type1', visible: s.type1, duties: s.duties ? DUTIES.type1 : [] },
      { id: 'type2', visible: s.type2, duties: s.duties ? DUTIES.type2 : [] },
    ],
  };
}
