import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { hypervisorLayersPicture } from './picture.ts';

export const hypervisorLayers = defineScene({
  id: 'hypervisor-layers',
  title: 'Type 1 and type 2 hypervisors, layer by layer',
  description:
    'Two stacks side by side on the same hardware. Type 1: the hypervisor, then a root OS with the drivers beside ' +
    'the guest kernels and their apps. Type 2: host OS kernel, the hypervisor as an app, then guest kernels and ' +
    'apps. Finally each stack marks who schedules CPU and memory and whose drivers carry the guests’ I/O.',
  before: BEFORE,
  steps: STEPS,
  state,
  longestStep: 4,
  picture: hypervisorLayersPicture,
  // The legend's two line colours: who schedules, whose drivers carry the guests' I/O.
  marks: { route: 'Schedules CPU and memory', warning: 'Runs the I/O drivers' },
});
