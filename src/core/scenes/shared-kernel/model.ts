/** Three tenants run the same three apps twice: as containers on one host, and as VMs on another. */
export type TenantId = 'a' | 'b' | 'c';
export const TENANTS: readonly TenantId[] = ['a', 'b', 'c'];

/** What a kernel exploit has taken over on one side, and who that exposes. */
export interface Attack {
  /** The tenant whose process turned malicious and issued the exploiting system call. */
  attacker: TenantId;
  /** The kernel the exploit reached and now controls. */
  reached: 'host-kernel' | 'guest-kernel';
  /** Neighbours the compromised kernel also runs: exposed with it. */
  atRisk: readonly TenantId[];
  /** Neighbours out of its reach. */
  unaffected: readonly TenantId[];
  /** The boundary that held, if any. */
  stoppedAt: 'hypervisor' | null;
}

export interface SharedKernelState {
  /** Namespaces and cgroups drawn as the fences between the containers. */
  fences: boolean;
  containers: Attack | null;
  vms: Attack | null;
  /** The side whose exploit is new this step: its token travels the call when animated. */
  inFlight: 'containers' | 'vms' | null;
  /** The one-line conclusion, on the last (handout) step. */
  verdict: string | null;
}

/** The exploit reaches the kernel every container shares; a moment later, everything that kernel runs. */
const CONTAINER_EXPLOIT: Attack = { attacker: 'a', reached: 'host-kernel', atRisk: [], unaffected: [], stoppedAt: null };
const CONTAINER_SPREAD: Attack = { ...CONTAINER_EXPLOIT, atRisk: ['b', 'c'] };
/** The same exploit in a VM reaches its own guest kernel and stops at the hypervisor. */
const VM_EXPLOIT: Attack = {
  attacker: 'a',
  reached: 'guest-kernel',
  atRisk: [],
  unaffected: ['b', 'c'],
  stoppedAt: 'hypervisor',
};

export const VERDICT = 'Shared kernel: one kernel bug exposes every container · Own kernel: it stays in one VM';

export interface StepSpec {
  state: Partial<SharedKernelState>;
  caption: string;
}

export const BEFORE: StepSpec = {
  state: {},
  caption: 'The same three apps two ways: containers on one host kernel (left), VMs with their own kernels (right).',
};

export const STEPS: readonly StepSpec[] = [
  {
    // Docker's defaults add to the fences: a seccomp profile that blocks about 44 system calls, and a reduced
    // set of capabilities (Docker docs, "Seccomp security profiles for Docker"; "Docker Engine security").
    state: { fences: true },
    caption: 'Namespaces limit what a container sees, cgroups what it uses, seccomp which system calls it may make.',
  },
  {
    state: { fences: true, containers: CONTAINER_EXPLOIT, inFlight: 'containers' },
    caption: 'A malicious process in container A exploits a kernel bug through a system call the filters still allow.',
  },
  {
    state: { fences: true, containers: CONTAINER_SPREAD },
    caption: 'The fences are kept by that kernel, so they fail: containers B and C, and the host, are exposed.',
  },
  {
    state: { fences: true, containers: CONTAINER_SPREAD, vms: VM_EXPLOIT, inFlight: 'vms' },
    caption: 'The same exploit in VM A reaches only VM A’s own guest kernel; the hypervisor shields the others.',
  },
  {
    state: { fences: true, containers: CONTAINER_SPREAD, vms: VM_EXPLOIT, verdict: VERDICT },
    caption: 'Verdict: one kernel bug exposes every neighbour. Escaping a VM needs a second bug, in the hypervisor or its emulator.',
  },
];

/** A step's full state: what its entry sets, over two untouched servers. */
export function state({ state }: StepSpec): SharedKernelState {
  return { fences: false, containers: null, vms: null, inFlight: null, verdict: null, ...state };
}
