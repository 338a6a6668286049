/**
 * The one list of scenes: a slide may place any scene here, by id. A new scene is its folder and one line here.
 * The order is the order they are listed in (build errors, tests); it does not place them in the deck.
 */
import type { DrawableScene } from './define.ts';
import { containerStartup } from './container-startup/scene.ts';
import { containersInVms } from './containers-in-vms/scene.ts';
import { hypervisorLayers } from './hypervisor-layers/scene.ts';
import { kernelRequests } from './kernel-requests/scene.ts';
import { sharedKernel } from './shared-kernel/scene.ts';
import { vmResources } from './vm-resources/scene.ts';
import { vmVsContainer } from './vm-vs-container/scene.ts';

const LIST: readonly DrawableScene[] = [
  kernelRequests,
  hypervisorLayers,
  containerStartup,
  vmResources,
  vmVsContainer,
  sharedKernel,
  containersInVms,
];

export const SCENES: ReadonlyMap<string, DrawableScene> = new Map(LIST.map((scene) => [scene.id, scene]));

/**
 * What the slide compiler may know of the scenes: names and step counts, as data. vite.config.ts hands it to
 * the compiler, which imports no scene code.
 */
export const SCENE_CATALOG: readonly { id: string; steps: number; paper: readonly number[] }[] = LIST.map(({ id, steps, paperSteps }) => ({
  id,
  steps,
  paper: paperSteps,
}));

export type { DrawableScene };
