import type { LayerSpec as GenericLayerSpec, StackSpec as GenericStackSpec } from '../stack-spec.ts';

export type StackId = 'vms' | 'containers';

/** The three apps both stacks run, the same ones as on host B of the memory scene. */
export const APPS = ['web', 'api', 'db'] as const;
export type App = (typeof APPS)[number];

export type LayerId = 'hardware' | 'host-kernel' | 'hypervisor' | 'runtime' | `guest-os-${App}` | `app-${App}`;

export type LayerSpec = GenericLayerSpec<LayerId>;
export type StackSpec = GenericStackSpec<StackId, LayerId>;

const HARDWARE: LayerSpec = { id: 'hardware', layer: 'hardware', label: 'hardware' };
const HOST_KERNEL: LayerSpec = { id: 'host-kernel', layer: 'kernel', label: 'host OS kernel' };
const apps = (): LayerSpec[] => APPS.map((app) => ({ id: `app-${app}`, layer: 'process', label: app, detail: '+ libraries' }));

export const STACKS: Readonly<Record<StackId, StackSpec>> = {
  vms: {
    id: 'vms',
    title: 'Virtual machines',
    levels: [
      [HARDWARE],
      // KVM is a module inside the host kernel; the box above it is the user-space part (QEMU, Firecracker) or a
      // hosted hypervisor such as VirtualBox (Linux kernel docs, "The Definitive KVM API Documentation").
      [{ ...HOST_KERNEL, detail: 'KVM module inside' }],
      [{ id: 'hypervisor', layer: 'hypervisor', label: 'VM monitor', detail: 'a QEMU process per VM' }],
      APPS.map((app) => ({ id: `guest-os-${app}`, layer: 'guestOs', label: 'guest OS' })),
      apps(),
    ],
  },
  containers: {
    id: 'containers',
    title: 'Containers',
    levels: [
      [HARDWARE],
      [HOST_KERNEL],
      // The runtime stands beside the containers: it sets them up, but their system calls go straight to the
      // host kernel, not through it.
      [{ id: 'runtime', layer: 'runtime', label: 'runtime', detail: 'Docker Engine' }, ...apps()],
    ],
  },
};

export interface StackState {
  id: StackId;
  visible: readonly LayerId[];
}

export interface VmVsContainerState {
  stacks: readonly [StackState, StackState];
  /** The closing labels: each VM's own kernel against the one kernel the containers share. */
  kernels: boolean;
}

const GUESTS = APPS.map((app): LayerId => `guest-os-${app}`);
const APP_LAYERS = APPS.map((app): LayerId => `app-${app}`);

export interface StepSpec {
  vms: readonly LayerId[];
  containers: readonly LayerId[];
  kernels: boolean;
  caption: string;
}

export const BEFORE: StepSpec = {
  vms: ['hardware'],
  containers: ['hardware'],
  kernels: false,
  caption: 'The same three apps, web, api and db, run two ways: in VMs (left) and in containers (right).',
};

const KERNELS: StepSpec = { ...BEFORE, vms: ['hardware', 'host-kernel'], containers: ['hardware', 'host-kernel'] };
const MIDDLE: StepSpec = {
  ...KERNELS,
  vms: [...KERNELS.vms, 'hypervisor'],
  containers: [...KERNELS.containers, 'runtime'],
};
const ALL: StepSpec = {
  ...MIDDLE,
  vms: [...MIDDLE.vms, ...GUESTS, ...APP_LAYERS],
  containers: [...MIDDLE.containers, ...APP_LAYERS],
};

export const STEPS: readonly StepSpec[] = [
  {
    ...KERNELS,
    caption: 'Both machines run a host OS; its kernel drives the hardware for every program on top.',
  },
  {
    ...MIDDLE,
    caption: 'Left: KVM in the host kernel and a monitor such as QEMU make virtual hardware. Right: Docker Engine starts containers.',
  },
  {
    ...MIDDLE,
    vms: [...MIDDLE.vms, ...GUESTS],
    caption: 'Each VM boots a whole guest OS, kernel included. Containers have no guest OS: nothing is added on the right.',
  },
  {
    ...ALL,
    caption: 'Apps go on top with their libraries: in VMs on the guest OS, in containers straight on the host kernel.',
  },
  {
    ...ALL,
    kernels: true,
    caption: 'Count the kernels: four on the left, the host’s and one per VM; one on the right, shared.',
  },
];

/** How many kernels run under each stack: the host's, and one per guest OS. */
export function kernelCount(stack: StackState): number {
  return stack.visible.filter((id) => id === 'host-kernel' || id.startsWith('guest-os-')).length;
}

export function state(s: StepSpec): VmVsContainerState {
  return {
    stacks: [
      { id: 'vms', visible: s.vms },
      { id: 'containers', visible: s.containers },
    ],
    kernels: s.kernels,
  };
}
