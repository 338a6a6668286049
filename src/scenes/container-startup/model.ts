import { clampStep } from '../step';
import type { SceneModel, Step } from '../types';
import { CONTAINER_START, formatSeconds, MICROVM_TO_INIT, total, VM_BOOT, type Phase } from './timings';

export interface Comparison {
  vmSeconds: number;
  containerSeconds: number;
  /** Rounded to a figure one can say aloud: 39 becomes 40. */
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
  microVm: Phase | null;
  containers: readonly ContainerSpec[];
}

const VM_TOTAL = total(VM_BOOT);
const CONTAINER_TOTAL = total(CONTAINER_START);
const TIMES_FASTER = Math.round(VM_TOTAL / CONTAINER_TOTAL / 10) * 10;

const CONTAINERS: readonly ContainerSpec[] = [
  { name: 'web', image: 'nginx', ip: '172.17.0.2' },
  { name: 'api', image: 'node', ip: '172.17.0.3' },
  { name: 'db', image: 'postgres', ip: '172.17.0.4' },
];

const spoken = (label: string): string => label.replace('/', ' or ').replace('&', 'and');
const phases = (list: readonly Phase[]): string =>
  list.map((p) => `${spoken(p.label)} ${formatSeconds(p.seconds)}`).join(', ');

interface StepSpec {
  state: Partial<ContainerStartupState>;
  caption: string;
}

const COMPARISON: Comparison = { vmSeconds: VM_TOTAL, containerSeconds: CONTAINER_TOTAL, timesFaster: TIMES_FASTER };

const BEFORE: StepSpec = {
  state: {},
  caption: 'A race on one time axis: how long until a virtual machine, and then a container, can run an app?',
};

const STEPS: readonly StepSpec[] = [
  {
    state: { vm: VM_BOOT },
    caption: `A VM boots a whole operating system before the app can start: ${phases(VM_BOOT)}.`,
  },
  {
    state: { vm: VM_BOOT, container: CONTAINER_START },
    caption:
      `A container boots no operating system; the host kernel is already running: ${phases(CONTAINER_START)}. ` +
      `About ${formatSeconds(CONTAINER_TOTAL)} in all, a sliver at this scale, zoomed in below.`,
  },
  {
    state: {
      vm: VM_BOOT,
      container: CONTAINER_START,
      comparison: COMPARISON,
      microVm: MICROVM_TO_INIT,
    },
    caption:
      `About ${formatSeconds(Math.round(VM_TOTAL))} against about ${formatSeconds(CONTAINER_TOTAL)}: the ` +
      `container is ready about ${TIMES_FASTER} times sooner. A Firecracker microVM, a VM cut down to the ` +
      `minimum, reaches init in about ${formatSeconds(MICROVM_TO_INIT.seconds)}.`,
  },
  {
    // The comparison stays, as a headline: this last step is also the handout's one picture of the scene.
    state: { view: 'shared-kernel', containers: CONTAINERS, comparison: COMPARISON },
    caption:
      'Why so fast: containers share the host kernel that is already running. Each has its own filesystem ' +
      `and its own IP address (${CONTAINERS.map((c) => c.ip).join(', ')}), but there is one kernel.`,
  },
];

function spec(step: Step): StepSpec {
  // Step -1 indexes nothing: the picture before the first fragment.
  return STEPS[clampStep(step, STEPS.length)] ?? BEFORE;
}

export const containerStartup: SceneModel<ContainerStartupState> = {
  id: 'container-startup',
  title: 'Starting a VM vs starting a container',
  description:
    'A time axis in seconds with two lanes: a virtual machine booting phase by phase, and a container ' +
    'starting, zoomed in because it is so short; then several containers sharing one host kernel.',
  steps: STEPS.length,
  state(step) {
    return {
      view: 'race',
      vm: [],
      container: [],
      comparison: null,
      microVm: null,
      containers: [],
      ...spec(step).state,
    };
  },
  caption(step) {
    return spec(step).caption;
  },
};
