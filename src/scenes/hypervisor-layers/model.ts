import { clampStep } from '../step';
import type { LayerSpec as GenericLayerSpec, StackSpec as GenericStackSpec } from '../stack-spec';
import type { SceneModel, Step } from '../types';

export type StackId = 'type1' | 'type2';
export type LayerId = 'hardware' | 'host-kernel' | 'hypervisor' | 'guest-kernel-1' | 'guest-kernel-2' | 'app-1' | 'app-2';

export type LayerSpec = GenericLayerSpec<LayerId>;
export type StackSpec = GenericStackSpec<StackId, LayerId>;

const VMS: readonly (readonly LayerSpec[])[] = [
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
    levels: [
      [HARDWARE],
      [{ id: 'hypervisor', layer: 'hypervisor', label: 'type 1 hypervisor', detail: 'ESXi · Hyper-V · Xen' }],
      ...VMS,
    ],
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
      ...VMS,
    ],
  },
};

export interface Route {
  request: string;
  /** The app that asks; it is inside the VM, so reaching its own guest kernel is not a hop. */
  origin: LayerId;
  /** Layers the request passes through, from the guest kernel that issues it to the hardware. */
  stations: readonly LayerId[];
  /** Hops (station i to i+1) that exist only because a host OS sits in the way. */
  extra: readonly number[];
}

export interface StackState {
  id: StackId;
  visible: readonly LayerId[];
  route: Route | null;
}

export interface HypervisorLayersState {
  stacks: readonly [StackState, StackState];
}

const REQUEST = 'write to disk';

function route(stations: readonly LayerId[]): Route {
  return {
    request: REQUEST,
    origin: 'app-2',
    stations,
    extra: stations.slice(1).flatMap((to, hop) => (to === 'host-kernel' ? [hop] : [])),
  };
}

const GUESTS: readonly LayerId[] = ['guest-kernel-1', 'guest-kernel-2', 'app-1', 'app-2'];

interface StepSpec {
  type1: readonly LayerId[];
  type2: readonly LayerId[];
  routes: boolean;
  caption: string;
}

const BEFORE: StepSpec = {
  type1: ['hardware'],
  type2: ['hardware'],
  routes: false,
  caption: 'Two ways to run virtual machines, built up layer by layer. Both start from the same hardware.',
};

const T1 = ['hardware', 'hypervisor', ...GUESTS] as const;
const T2 = ['hardware', 'host-kernel', 'hypervisor', ...GUESTS] as const;

const STEPS: readonly StepSpec[] = [
  {
    ...BEFORE,
    type1: ['hardware', 'hypervisor'],
    caption: 'Type 1, bare metal: the hypervisor runs directly on the hardware. Examples: ESXi, Hyper-V, Xen.',
  },
  {
    ...BEFORE,
    type1: T1,
    caption: 'On the hypervisor run the virtual machines, each with its own guest kernel and its own apps.',
  },
  {
    type1: T1,
    type2: ['hardware', 'host-kernel'],
    routes: false,
    caption: 'Type 2, hosted: an ordinary operating system owns the hardware first; its kernel is the host kernel.',
  },
  {
    type1: T1,
    type2: T2,
    routes: false,
    caption:
      'The hypervisor is an app on that host OS: VirtualBox, VMware Workstation, Parallels. The guest kernels ' +
      'and their apps run on top of it.',
  },
  {
    type1: T1,
    type2: T2,
    routes: true,
    caption:
      'The same guest request, write to disk, goes through both. Type 1: guest kernel, hypervisor, hardware: ' +
      '2 hops. Type 2 adds a hop through the host kernel: 3 hops.',
  },
];

function spec(step: Step): StepSpec {
  // Step -1 indexes nothing: the picture before the first fragment.
  return STEPS[clampStep(step, STEPS.length)] ?? BEFORE;
}

export const hypervisorLayers: SceneModel<HypervisorLayersState> = {
  id: 'hypervisor-layers',
  title: 'Type 1 and type 2 hypervisors, layer by layer',
  description:
    'Two stacks side by side on the same hardware. Type 1: hypervisor, then guest kernels and apps. Type 2: ' +
    'host OS kernel, the hypervisor as an app, then guest kernels and apps. Finally one guest request travels ' +
    'both, and type 2 needs one hop more.',
  steps: STEPS.length,
  state(step) {
    const s = spec(step);
    return {
      stacks: [
        { id: 'type1', visible: s.type1, route: s.routes ? route(['guest-kernel-2', 'hypervisor', 'hardware']) : null },
        {
          id: 'type2',
          visible: s.type2,
          route: s.routes ? route(['guest-kernel-2', 'hypervisor', 'host-kernel', 'hardware']) : null,
        },
      ],
    };
  },
  caption(step) {
    return spec(step).caption;
  },
};
