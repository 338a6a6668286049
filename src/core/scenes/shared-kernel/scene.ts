import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { sharedKernelPicture } from './picture/index.ts';

export const sharedKernel = defineScene({
  id: 'shared-kernel',
  title: 'Why sharing the kernel costs isolation',
  description:
    'Two servers side by side: three containers on one shared host kernel, and three VMs each with its own ' +
    'guest kernel on a hypervisor. A malicious process exploits a kernel bug in each: among the containers it ' +
    'reaches the kernel they all share and puts every neighbour at risk; in the VM it reaches only its own ' +
    'guest kernel and stops at the hypervisor.',
  before: BEFORE,
  steps: STEPS,
  state,
  longestStep: 1,
  picture: sharedKernelPicture,
  marks: { warning: 'Compromised or at risk' },
});
