import { CONTAINER_START, formatSeconds, total, VM_BOOT, type Phase } from './timings.ts';

export interface Comparison {
  vmSeconds: number;
  containerSeconds: number;
  /** Rounded to a figure one can say aloud, to the nearest 5: 35.3 becomes 35. */
  timesFaster: number;
}

export interface ContainerSpec {
  name: string;
  image: string;
  ip: string;
}

export interface ContainerStartupState {
  /** The race on a time axis, or the picture that explains it: containers sharing one kernel. */
  view: 'race' | 'shared-kernel';
  vm: readonly Phase[];
  container: readonly Phase[];
  comparison: Comparison | null;
  containers: readonly ContainerSpec[];
}

const VM_TOTAL = total(VM_BOOT);
const CONTAINER_TOTAL = total(CONTAINER_START);
const TIMES_FASTER = Math.round(VM_TOTAL / CONTAINER_TOTAL / 5) * 5;

const CONTAINERS: readonly ContainerSpec[] = [
  { name: 'web', image: 'nginx', ip: '172.17.0.2' },
  { name: 'api', image: 'node', ip: '172.17.0.3' },
  { name: 'db', image: 'postgres', ip: '172.17.0.4' },
];

export interface StepSpec {
  state: Partial<ContainerStartupState>;
  caption: string;
}

const COMPARISON: Comparison = { vmSeconds: VM_TOTAL, containerSeconds: CONTAINER_TOTAL, timesFaster: TIMES_FASTER };

export const BEFORE: StepSpec = {
  state: {},
  caption: 'A race on one time axis: how long until a VM, then a container, can start an app?',
};

const seconds = (id: string): string => formatSeconds(VM_BOOT.find((p) => p.id === id)?.seconds ?? 0);

/*
 * A Firecracker microVM is not in this race on purpose: its published figure (<= 125 ms) runs only to the
 * guest's /sbin/init, on a tuned kernel, so it would not be the same finish line as "app running"
 * (Firecracker SPECIFICATION.md). The slide's notes mention it with that caveat.
 */
export const STEPS: readonly StepSpec[] = [
  {
    state: { vm: VM_BOOT },
    caption:
      `Typical figures: a VM boots firmware, bootloader, kernel (${seconds('guest-kernel')}), init and ` +
      `services (${seconds('init')}), then starts the app's process.`,
  },
  {
    state: { vm: VM_BOOT, container: CONTAINER_START },
    caption:
      'A container boots nothing: the host kernel runs already. Namespaces, layers, IP and exec take about ' +
      `${formatSeconds(CONTAINER_TOTAL)}.`,
  },
  {
    state: { vm: VM_BOOT, container: CONTAINER_START, comparison: COMPARISON },
    caption:
      `Illustrative: about ${formatSeconds(Math.round(VM_TOTAL))} against about ${formatSeconds(CONTAINER_TOTAL)}, ` +
      `so the container starts the app's process about ${TIMES_FASTER} times sooner.`,
  },
  {
    // The comparison stays, as a headline: this last step is also the handout's one picture of the scene.
    state: { view: 'shared-kernel', containers: CONTAINERS, comparison: COMPARISON },
    caption: 'Why so fast: containers share the host kernel already running. Each has its own filesystem and IP.',
  },
];

/** A step's full state: what its entry sets, over the race before it starts. */
export function state({ state }: StepSpec): ContainerStartupState {
  return { view: 'race', vm: [], container: [], comparison: null, containers: [], ...state };
}
