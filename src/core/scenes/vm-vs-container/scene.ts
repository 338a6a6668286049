import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { vmVsContainerPicture } from './picture.ts';

export const vmVsContainer = defineScene({
  id: 'vm-vs-container',
  title: 'Virtual machines and containers, layer by layer',
  description:
    'Two stacks side by side on the same hardware and host kernel. Virtual machines: KVM inside the host kernel, ' +
    'a VM monitor above it, then a guest ' +
    'OS with its own kernel per VM, then the apps. Containers: the apps with their libraries directly on the ' +
    'host kernel, started by a container runtime. Finally each VM is labelled own kernel, the containers’ host ' +
    'kernel shared kernel.',
  before: BEFORE,
  steps: STEPS,
  state,
  longestStep: 4,
  picture: vmVsContainerPicture,
});
