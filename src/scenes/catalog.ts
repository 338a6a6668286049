/**
 * Every scene a slide may place, by id, with its step count. Pure (no DOM): the slide compiler imports it at
 * build time to reject unknown scene names and to emit one fragment per step. Derived from the scenes' own
 * models, so a step count lives in one place.
 */
import { containerStartup } from './container-startup/model';
import { containersInVms } from './containers-in-vms/model';
import { hypervisorLayers } from './hypervisor-layers/model';
import { kernelRequests } from './kernel-requests/model';
import { sharedKernel } from './shared-kernel/model';
import { vmResources } from './vm-resources/model';
import { vmVsContainer } from './vm-vs-container/model';

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
