import { defineScene } from '../define.ts';
import { BEFORE, state, STEPS } from './model.ts';
import { containersInVmsPicture } from './picture/index.ts';

export const containersInVms = defineScene({
  id: 'containers-in-vms',
  title: 'Containers inside VMs: how a platform runs your app',
  description:
    'A zoom from a physical server in a data centre, with a hypervisor and several VMs, into one VM that runs ' +
    'a container runtime with several containers, then into your app’s container; finally the whole stack, ' +
    'with who runs each layer.',
  before: BEFORE,
  steps: STEPS,
  state,
  longestStep: 1,
  picture: containersInVmsPicture,
});
