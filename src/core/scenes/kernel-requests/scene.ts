import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { kernelRequestsPicture } from './picture.ts';

export const kernelRequests = defineScene({
  id: 'kernel-requests',
  title: 'How the kernel passes hardware requests',
  description:
    'Three layers: processes at the top, the kernel with its scheduler, memory manager, file system, ' +
    'network stack and drivers in the middle, and the hardware at the bottom. Each step sends one request ' +
    'down through the kernel and its answer back; the last step shows the boot sequence.',
  before: BEFORE,
  steps: STEPS,
  paper: [0, 1, 2, 3],
  state,
  longestStep: 0,
  picture: kernelRequestsPicture,
});
