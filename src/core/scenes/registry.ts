import { containerStartup } from './container-startup/model';
import { containerStartupPicture } from './container-startup/view';
import { containersInVms } from './containers-in-vms/model';
import { containersInVmsPicture } from './containers-in-vms/view';
import { hypervisorLayers } from './hypervisor-layers/model';
import { hypervisorLayersPicture } from './hypervisor-layers/view';
import { kernelRequests } from './kernel-requests/model';
import { kernelRequestsPicture } from './kernel-requests/view';
import { vmResources } from './vm-resources/model';
import { vmResourcesPicture } from './vm-resources/view';
import { vmVsContainer } from './vm-vs-container/model';
import { vmVsContainerPicture } from './vm-vs-container/view';
import type { Picture } from './picture/items';
import { sharedKernel } from './shared-kernel/model';
import { sharedKernelPicture } from './shared-kernel/view';
import { clampStep } from './step';
import type { Scene, Step } from './types';

/** A scene with its state type sealed inside: what the runtime needs to draw any step. */
export interface DrawableScene {
  id: string;
  title: string;
  description: string;
  steps: number;
  /** The step actually drawn for a requested one (clamped into range). */
  clamp(step: Step): Step;
  picture(step: Step): Picture;
  caption(step: Step): string;
}

function drawable<S>({ model, picture }: Scene<S>): DrawableScene {
  return {
    id: model.id,
    title: model.title,
    description: model.description,
    steps: model.steps,
    clamp: (step) => clampStep(step, model.steps),
    picture: (step) => picture(model.state(step)),
    caption: (step) => model.caption(step),
  };
}

export const SCENES: ReadonlyMap<string, DrawableScene> = new Map(
  [
    drawable({ model: kernelRequests, picture: kernelRequestsPicture }),
    drawable({ model: hypervisorLayers, picture: hypervisorLayersPicture }),
    drawable({ model: containerStartup, picture: containerStartupPicture }),
    drawable({ model: vmResources, picture: vmResourcesPicture }),
    drawable({ model: vmVsContainer, picture: vmVsContainerPicture }),
    drawable({ model: sharedKernel, picture: sharedKernelPicture }),
    drawable({ model: containersInVms, picture: containersInVmsPicture }),
  ].map((s) => [s.id, s]),
);
