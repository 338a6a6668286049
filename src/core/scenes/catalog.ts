/**
 * Every scene a slide may place, by id, with its step count. Pure (no DOM): the slide compiler imports it at
 * build time to reject unknown scene names and to emit one fragment per step. Derived from the scenes' own
 * models, so a step count lives in one place.
 */
import { containerStartup } from './container-startup/model.ts';
import { containersInVms } from './containers-in-vms/model.ts';
import { hypervisorLayers } from './hypervisor-layers/model.ts';
import { kernelRequests } from './kernel-requests/model.ts';
import { sharedKernel } from './shared-kernel/model.ts';
import { vmResources } from './vm-resources/model.ts';
import { vmVsContainer } from './vm-vs-container/model.ts';

export interface SceneEntry {
  id: string;
  title: string;
  steps: number;
}

export const SCENE_CATALOG: readonly SceneEntry[] = [kernelRequests, hypervisorLayers, containerStartup, vmResources, vmVsContainer, sharedKernel, containersInVms].map(
  ({ id, title, steps }) => ({ id, title, steps }),
);

export function findScene(id: string): SceneEntry | undefined {
  return SCENE_CATALOG.find((s) => s.id === id);
}
