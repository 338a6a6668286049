import { containerStartup } from './container-startup/model';
import { containerStartupPicture } from './container-startup/view';
import { hypervisorLayers } from './hypervisor-layers/model';
import { hypervisorLayersPicture } from './hypervisor-layers/view';
import { kernelRequests } from './kernel-requests/model';
import { kernelRequestsPicture } from './kernel-requests/view';
import type { Picture } from './picture/items';
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
  ].map((s) => [s.id, s]),
);
