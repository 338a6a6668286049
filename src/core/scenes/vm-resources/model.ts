/**
 * Memory on two identical hosts, in GB: one runs three VMs, the other three containers. Illustrative figures,
 * not a measurement; what they show is how each kind of guest takes memory from its host.
 *
 * - A VM is given a memory size when it starts. A hypervisor such as KVM hands the host's pages to the guest as
 *   the guest first touches them (libvirt "Domain XML format", memoryBacking `allocation mode="ondemand"`), but a
 *   guest OS soon touches most of its RAM (apps, page cache), and the host cannot tell which of those pages the
 *   guest has freed again. So a running VM holds what it has touched, used by its apps or not, until it is shut
 *   down or saved to disk (virsh(1) `save`; a paused VM, `virsh suspend`, keeps its RAM), unless a balloon
 *   driver or free page reporting hands pages back (OASIS VIRTIO 1.2, "Traditional Memory Balloon Device" and
 *   "Free Page Reporting"). Hyper-V's static memory reserves the whole amount up front (Microsoft Learn, "Hyper-V
 *   Dynamic Memory Overview").
 * - A container is a process: by default it has no memory limit and takes what it allocates; `--memory` sets a
 *   cap, not a reservation (Docker docs, "Resource constraints"). When its processes exit, their memory is
 *   released like any process's; on a Linux host `free -m` shows the drop (on Docker Desktop the containers' VM
 *   holds the memory instead, and returns it only as that VM releases it).
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
export const containerHostFree = (s: VmResourcesState): number => HOST_MEMORY - HOST_OS - containerTotal(s.containers);

const list = (parts: readonly string[]): string =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

export interface StepSpec {
  state: Omit<VmResourcesState, 'changed' | 'totals'> & Partial<VmResourcesState>;
  caption: (s: VmResourcesState) => string;
}

export const BEFORE: StepSpec = {
  state: { vms: [], containers: [] },
  caption: () => `Two identical hosts with ${gb(HOST_MEMORY)} each; the host OS uses about ${gb(HOST_OS)}. Illustrative figures.`,
};

export const STEPS: readonly StepSpec[] = [
  {
    state: { vms: VMS, containers: [] },
    caption: (s) =>
      `Host A runs three ${gb(VM_MEMORY)} VMs; guests touch their memory, so the VMs hold ` +
      `${gb(vmTotals(s.vms).held)}. Free: ${gb(vmHostFree(s))}.`,
  },
  {
    state: { vms: VMS, containers: CONTAINERS },
    caption: (s) =>
      `Host B runs three containers, processes using ${list(s.containers.map((c) => gb(c.used)))}. ` + `Free: ${gb(containerHostFree(s))}.`,
  },
  {
    state: { vms: withIdle, containers: CONTAINERS, changed: IDLE_VM },
    caption: (s) =>
      `${IDLE_VM}’s app stops; its guest frees the memory, but the host cannot tell and keeps it. ` + `Free: ${gb(vmHostFree(s))}.`,
  },
  {
    state: { vms: withIdle, containers: withExit, changed: EXITING },
    caption: (s) =>
      `The ${EXITING} container exits: the kernel frees its ` +
      `${gb(sum(s.containers.filter((c) => c.exited).map((c) => c.used)))} at once. Free: ${gb(containerHostFree(s))}.`,
  },
  {
    state: { vms: withIdle, containers: withExit, totals: true },
    caption: (s) => {
      const vm = vmTotals(s.vms);
      return (
        `The VMs hold ${gb(vm.held)}, use ${gb(vm.used)}; containers use ${gb(containerTotal(s.containers))}. ` +
        `Free: ${gb(vmHostFree(s))} against ${gb(containerHostFree(s))}.`
      );
    },
  },
];

/** A step's full state: what its entry sets, with nothing outlined and no totals unless it says so. */
export function state({ state }: StepSpec): VmResourcesState {
  return { changed: null, totals: false, ...state };
}
