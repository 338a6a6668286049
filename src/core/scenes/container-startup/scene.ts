import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { containerStartupPicture } from './picture/index.ts';

export const containerStartup = defineScene({
  id: 'container-startup',
  title: 'Starting a VM vs starting a container',
  description:
    'A time axis in seconds with two lanes: a virtual machine booting phase by phase, and a container ' +
    'starting, zoomed in because it is so short; then several containers sharing one host kernel.',
  before: BEFORE,
  steps: STEPS,
  paper: [2],
  state,
  longestStep: 0,
  picture: containerStartupPicture,
});
