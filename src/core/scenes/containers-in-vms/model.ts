/**
 * How a platform such as Heroku runs your app: in a container, on a VM, on a hypervisor, on a server in a data
 * centre. Facts the picture rests on (cite them in the slide notes): Heroku's dynos are Linux containers
 * (Heroku Dev Center, "Dynos"), Heroku runs on AWS, whose EC2 instances run on the Nitro hypervisor, "a
 * minimized hypervisor based on KVM" (AWS, "The Security Design of the AWS Nitro System").
 */

/** What the big area shows: the whole server, one VM, one container, or the whole stack with its owners. */
export type Level = 'server' | 'vm' | 'container' | 'stack';

export interface VmSpec {
  id: string;
  /** Who rents the VM. */
  tenant: string;
  /** What it runs; the container host runs containers instead. */
  workload: string;
  containerHost: boolean;
}

export interface ContainerSpec {
  id: string;
  app: string;
  /** Heroku's name for this kind of container. */
  kind: string;
  yours: boolean;
}

export type Owner = 'cloud' | 'platform' | 'you';

export interface StackLayer {
  id: 'hardware' | 'hypervisor' | 'guest-kernel' | 'runtime' | 'container' | 'process';
  label: string;
  detail?: string;
  owner: Owner;
}

export const VMS: readonly VmSpec[] = [
  { id: 'vm-1', tenant: 'customer 1', workload: 'database', containerHost: false },
  { id: 'vm-2', tenant: 'Heroku', workload: 'container host', containerHost: true },
  { id: 'vm-3', tenant: 'customer 3', workload: 'web server', containerHost: false },
  { id: 'vm-4', tenant: 'customer 4', workload: 'batch jobs', containerHost: false },
];

export const CONTAINERS: readonly ContainerSpec[] = [
  { id: 'web', app: 'your app', kind: 'web dyno', yours: true },
  { id: 'worker', app: 'your app', kind: 'worker dyno', yours: true },
  { id: 'other', app: 'another app', kind: 'web dyno', yours: false },
];

/** Bottom up. */
export const STACK: readonly StackLayer[] = [
  { id: 'hardware', label: 'physical server in a data centre', owner: 'cloud' },
  { id: 'hypervisor', label: 'hypervisor', detail: 'AWS Nitro, based on KVM', owner: 'cloud' },
  { id: 'guest-kernel', label: 'VM: its guest Linux kernel', detail: 'an EC2 instance', owner: 'platform' },
  { id: 'runtime', label: 'container runtime', owner: 'platform' },
  { id: 'container', label: 'container (dyno)', detail: 'own filesystem, namespaces, cgroups', owner: 'platform' },
  { id: 'process', label: 'your app’s process', owner: 'you' },
];

export const OWNERS: Readonly<Record<Owner, string>> = {
  cloud: 'run by AWS',
  platform: 'run by Heroku',
  you: 'yours: the code',
};

export const BREADCRUMB = ['data centre server', 'VM', 'container runtime', 'your app'] as const;

export interface ContainersInVmsState {
  level: Level;
  /** On the server: whether the VMs are on the hypervisor yet. */
  vms: boolean;
  /** The VM and the container the zoom goes into, once it has. */
  focusVm: string | null;
  focusContainer: string | null;
  /** How far down the zoom has gone: a prefix of BREADCRUMB. */
  breadcrumb: readonly string[];
}

const HOST = VMS.find((vm) => vm.containerHost)?.id ?? null;
const YOUR_WEB = CONTAINERS.find((c) => c.yours)?.id ?? null;

export interface StepSpec {
  state: Partial<ContainersInVmsState>;
  caption: string;
}

export const BEFORE: StepSpec = {
  state: {},
  caption: 'A physical server in a cloud data centre; on current EC2 instance types its hypervisor is Nitro, based on KVM.',
};

export const STEPS: readonly StepSpec[] = [
  {
    state: { vms: true, breadcrumb: BREADCRUMB.slice(0, 2) },
    caption: 'The hypervisor splits the server into VMs that customers rent, each with its own kernel. Heroku is one customer.',
  },
  {
    state: { level: 'vm', vms: true, focusVm: HOST, breadcrumb: BREADCRUMB.slice(0, 3) },
    caption: 'Inside Heroku’s VM, a container runtime runs many containers, which Heroku calls dynos: yours and other apps’.',
  },
  {
    state: { level: 'container', vms: true, focusVm: HOST, focusContainer: YOUR_WEB, breadcrumb: BREADCRUMB },
    caption: 'Your web dyno: your app’s process with its own filesystem and limits. Its system calls go to the VM’s kernel.',
  },
  {
    state: { level: 'stack', vms: true, focusVm: HOST, focusContainer: YOUR_WEB, breadcrumb: BREADCRUMB },
    caption: 'AWS runs server and hypervisor, Heroku the VM and containers, you the app. VMs separate customers; containers separate apps.',
  },
];

/** A step's full state: what its entry sets, over the bare server. */
export function state({ state }: StepSpec): ContainersInVmsState {
  return { level: 'server', vms: false, focusVm: null, focusContainer: null, breadcrumb: BREADCRUMB.slice(0, 1), ...state };
}
