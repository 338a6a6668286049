export type ProcessId = 'browser' | 'editor' | 'server' | 'shell' | 'new-process' | 'init';
export type KernelPartId = 'memory' | 'filesystem' | 'network' | 'scheduler' | 'drivers';
export type DeviceId = 'ram' | 'disk' | 'nic' | 'cpu' | 'firmware';
/** Everything a request or the boot sequence can pass through; 'kernel' is the kernel as a whole. */
export type NodeId = ProcessId | KernelPartId | DeviceId | 'bootloader' | 'kernel';

export const LABELS: Readonly<Record<NodeId, string>> = {
  browser: 'browser',
  editor: 'editor',
  server: 'web server',
  shell: 'shell',
  'new-process': 'new process',
  init: 'init (PID 1)',
  memory: 'memory manager',
  filesystem: 'file system',
  network: 'network stack',
  scheduler: 'scheduler',
  drivers: 'device drivers',
  ram: 'RAM',
  disk: 'disk',
  nic: 'network card',
  cpu: 'CPU',
  firmware: 'firmware',
  bootloader: 'bootloader',
  kernel: 'kernel',
};

export interface SystemCall {
  /** The call as a program writes it, shown where the request crosses into the kernel. */
  call: string;
  /** From the calling process down to what answers it; the answer comes back the same way. */
  route: readonly [ProcessId, ...NodeId[]];
  /** Where the kernel goes on after the call has returned (the card sends later, RAM comes on first use). */
  later?: readonly NodeId[];
}

export interface KernelRequestsState {
  processes: readonly ProcessId[];
  kernelParts: readonly KernelPartId[];
  devices: readonly DeviceId[];
  /** The request of this step, its whole route highlighted; null before the first and during boot. */
  request: SystemCall | null;
  /** Where the request token rests: back at the caller, answered. */
  token: ProcessId | null;
  /** A process this step creates. */
  created: ProcessId | null;
  /** Boot order, first to last, and the point it makes. */
  boot: { order: readonly NodeId[]; message: string } | null;
}

const RUNNING: readonly ProcessId[] = ['browser', 'editor', 'server', 'shell'];
const KERNEL_PARTS: readonly KernelPartId[] = ['memory', 'filesystem', 'network', 'scheduler', 'drivers'];
const DEVICES: readonly DeviceId[] = ['ram', 'disk', 'nic', 'cpu'];

export interface StepSpec {
  state: Partial<KernelRequestsState>;
  caption: string;
}

const READ: SystemCall = { call: 'read()', route: ['editor', 'filesystem', 'drivers', 'disk'] };
const MMAP: SystemCall = { call: 'mmap()', route: ['browser', 'memory'], later: ['ram'] };
const SEND: SystemCall = { call: 'send()', route: ['server', 'network'], later: ['drivers', 'nic'] };
const FORK: SystemCall = { call: 'fork()/exec()', route: ['shell', 'scheduler', 'cpu'] };

export const BEFORE: StepSpec = {
  state: {},
  caption: 'Programs never drive devices themselves: for disk, network, memory or a new process, they ask the kernel.',
};

/** What the boot step's picture says: the wait is all four stages, not the kernel alone. */
export const BOOT_MESSAGE = 'boot = firmware + bootloader + kernel + init’s services';

export const STEPS: readonly StepSpec[] = [
  {
    state: { request: READ, token: 'editor' },
    caption: 'read(): the file system finds the blocks, the disk driver fetches them, and the data returns to the editor.',
  },
  {
    // mmap(2) only sets up the mapping; a page of RAM is allocated when the process first touches it (page fault).
    state: { request: MMAP, token: 'browser' },
    caption: 'mmap(): the program asks for memory; the kernel hands it real RAM only when the program first uses it.',
  },
  {
    // send(2) returns once the bytes are copied into the socket's send buffer (it blocks while that is full).
    state: { request: SEND, token: 'server' },
    caption: 'send(): the kernel copies the data into its buffer and returns; the network card sends it later.',
  },
  {
    state: { request: FORK, token: 'shell', processes: [...RUNNING, 'new-process'], created: 'new-process' },
    caption: 'fork() and exec() start a process; the scheduler decides when, and on which core, it runs.',
  },
  {
    state: {
      processes: ['init'],
      devices: [...DEVICES, 'firmware'],
      boot: { order: ['firmware', 'bootloader', 'kernel', 'init'], message: BOOT_MESSAGE },
    },
    caption: 'Boot: firmware, bootloader, kernel, then init (PID 1) starts the services. Waiting for boot is waiting for all four.',
  },
];

/** A step's full state: what its entry sets, over the running system at rest. */
export function state({ state }: StepSpec): KernelRequestsState {
  return {
    processes: RUNNING,
    kernelParts: KERNEL_PARTS,
    devices: DEVICES,
    request: null,
    token: null,
    created: null,
    boot: null,
    ...state,
  };
}
