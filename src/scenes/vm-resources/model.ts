import { clampStep } from '../step';
import type { SceneModel, Step } from '../types';

/**
 * Memory on two identical hosts, in GB: one runs three VMs, the other three containers. Illustrative figures,
 * not a measurement; what they show is how each kind of guest takes memory from its host.
 *
 * - A VM is given a fixed amount when it starts. Its guest OS treats all of it as its own RAM, and the host
 *   cannot tell which of those pages the guest still needs, so the VM holds the whole amount, used or not, until
 *   it is shut down, unless a balloon driver or dynamic memory hands some back (Microsoft Learn, "Hyper-V
 *   Dynamic Memory Overview"; virtio_balloon(4); Apple Virtualization, VZVirtioTraditionalMemoryBalloonDevice).
 * - A container is a process: by default it has no memory limit and takes what it allocates; `--memory` sets a
 *   cap, not a reservation. When its process exits, the kernel frees that memory at once (Docker docs,
 *   "Resource constraints").
 */
export const HOST_MEMORY = 32;
/** The host's own OS: kernel, services and, on the container host, the Docker daemon. */
export const HOST_OS = 2;

export interface Vm {
  name: string;
  /** Given to the VM when it starts, and held by it while it runs. */
  allocated: number;
  /** What its guest OS uses of that, kernel and services. */
  guestOs: number;
  /** What its app uses; 0 once the app has stopped. */
  app: number;
  idle: boolean;
}

export interface Container {
  name: string;
  /** What its process uses; a container holds nothing beyond it. */
  used: number;
  exited: boolean;
}

export interface VmResourcesState {
  vms: readonly Vm[];
  containers: readonly Container[];
  /** What just changed, outlined so the eye finds it: a VM or a container by name. */
  changed: string | null;
  /** The handout's summary: totals held and used on each host. */
  totals: boolean;
}

/** What each VM is given; the same for all three, so the captions can say it once. */
const VM_MEMORY = 8;

const VMS: readonly Vm[] = [
  { name: 'VM 1', allocated: VM_MEMORY, guestOs: 1, app: 1, idle: false },
  { name: 'VM 2', allocated: VM_MEMORY, guestOs: 1, app: 2, idle: false },
  { name: 'VM 3', allocated: VM_MEMORY, guestOs: 1, app: 1, idle: false },
];

const CONTAINERS: readonly Container[] = [
  { name: 'web', used: 0.3, exited: false },
  { name: 'api', used: 0.5, exited: false },
  { name: 'db', used: 1.2, exited: false },
];

const IDLE_VM = 'VM 2';
const EXITING = 'db';

const withIdle = VMS.map((vm) => (vm.name === IDLE_VM ? { ...vm, app: 0, idle: true } : vm));
const withExit = CONTAINERS.map((c) => (c.name === EXITING ? { ...c, exited: true } : c));

/** "2 GB", "0.3 GB", "29.2 GB": one decimal at most, never float noise. */
export function gb(n: number): string {
  return `${String(Number(n.toFixed(1)))} GB`;
}

const sum = (ns: readonly number[]): number => ns.reduce((a, b) => a + b, 0);

export const vmUsed = (vm: Vm): number => vm.guestOs + vm.app;
export const containerHeld = (c: Container): number => (c.exited ? 0 : c.used);

/** What the VMs hold (their allocations) and what their guests actually use. */
export function vmTotals(vms: readonly Vm[]): { held: number; used: number } {
  return { held: sum(vms.map((v) => v.allocated)), used: sum(vms.map(vmUsed)) };
}

/** Containers hold exactly what their running processes use. */
export function containerTotal(containers: readonly Container[]): number {
  return sum(containers.map(containerHeld));
}

export const vmHostFree = (s: VmResourcesState): number => HOST_MEMORY - HOST_OS - vmTotals(s.vms).held;
export const containerHostFree = (s: VmResourcesState): number =>
  HOST_MEMORY - HOST_OS - containerTotal(s.containers);

const list = (parts: readonly string[]): string =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

interface StepSpec {
  state: Omit<VmResourcesState, 'changed' | 'totals'> & Partial<VmResourcesState>;
  caption: (s: VmResourcesState) => string;
}

const BEFORE: StepSpec = {
  state: { vms: [], containers: [] },
  caption: () =>
    `Two identical hosts with ${gb(HOST_MEMORY)} of memory each; the host OS uses about ${gb(HOST_OS)}. Host A ` +
    'will run three VMs, host B three containers (illustrative figures).',
};

const STEPS: readonly StepSpec[] = [
  {
    state: { vms: VMS, containers: [] },
    caption: (s) =>
      `Host A starts three VMs with ${gb(VM_MEMORY)} each. Each guest OS takes all of it as its own RAM, so the ` +
      `VMs hold ${gb(vmTotals(s.vms).held)} though they use only ${list(s.vms.map((v) => gb(vmUsed(v))))}. ` +
      `Free: ${gb(vmHostFree(s))}.`,
  },
  {
    state: { vms: VMS, containers: CONTAINERS },
    caption: (s) =>
      'Host B starts three containers. Each is a process that takes only what it uses: ' +
      `${list(s.containers.map((c) => `${c.name} ${gb(c.used)}`))}. Free: ${gb(containerHostFree(s))}.`,
  },
  {
    state: { vms: withIdle, containers: CONTAINERS, changed: IDLE_VM },
    caption: (s) =>
      `${IDLE_VM} goes idle: its app stops and its guest now uses ` +
      `${gb(sum(s.vms.filter((v) => v.idle).map(vmUsed)))}, but the VM still holds all ${gb(VM_MEMORY)}. ` +
      `Host A's free memory stays at ${gb(vmHostFree(s))}.`,
  },
  {
    state: { vms: withIdle, containers: withExit, changed: EXITING },
    caption: (s) =>
      `The ${EXITING} container exits: its process ends and its ` +
      `${gb(sum(s.containers.filter((c) => c.exited).map((c) => c.used)))} goes straight back to host B. ` +
      `Free: ${gb(containerHostFree(s))}.`,
  },
  {
    state: { vms: withIdle, containers: withExit, totals: true },
    caption: (s) => {
      const vm = vmTotals(s.vms);
      return (
        `In total the VMs hold ${gb(vm.held)} and use ${gb(vm.used)}; the containers use ` +
        `${gb(containerTotal(s.containers))} and hold nothing more. Free: ${gb(vmHostFree(s))} against ` +
        `${gb(containerHostFree(s))}.`
      );
    },
  },
];

function spec(step: Step): StepSpec {
  // Step -1 indexes nothing: the picture before the first fragment.
  return STEPS[clampStep(step, STEPS.length)] ?? BEFORE;
}

function state(step: Step): VmResourcesState {
  return { changed: null, totals: false, ...spec(step).state };
}

export const vmResources: SceneModel<VmResourcesState> = {
  id: 'vm-resources',
  title: 'Memory held by VMs vs memory used by containers',
  description:
    'Two hosts with 32 GB of memory each, drawn as bars. On one, three VMs each hold the 8 GB they were given, ' +
    'used or not, even when one goes idle. On the other, three containers take only what their processes use, ' +
    'and an exiting container gives its memory back at once.',
  steps: STEPS.length,
  state,
  caption(step) {
    return spec(step).caption(state(step));
  },
};
