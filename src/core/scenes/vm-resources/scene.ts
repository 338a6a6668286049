import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { vmResourcesPicture } from './picture.ts';

export const vmResources = defineScene({
  id: 'vm-resources',
  title: 'Memory held by VMs vs memory used by containers',
  description:
    'Two hosts with 32 GB of memory each, drawn as bars. On one, three VMs each hold the 8 GB they were given, ' +
    'used or not, even when one goes idle. On the other, three containers take only what their processes use, ' +
    'and an exiting container gives its memory back at once.',
  before: BEFORE,
  steps: STEPS,
  state,
  longestStep: 0,
  picture: vmResourcesPicture,
});
