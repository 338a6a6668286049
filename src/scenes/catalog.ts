/**
 * Every scene a slide may place, by id, with its step count. Pure (no DOM): the slide compiler imports it at
 * build time to reject unknown scene names and to emit one fragment per step.
 */
export interface SceneEntry {
  id: string;
  title: string;
  steps: number;
}

export const SCENE_CATALOG: readonly SceneEntry[] = [
  { id: 'kernel-requests', title: 'How the kernel passes hardware requests', steps: 5 },
  { id: 'hypervisor-layers', title: 'Type 1 and type 2 hypervisors, layer by layer', steps: 5 },
  { id: 'container-startup', title: 'Starting a VM vs starting a container', steps: 4 },
];

export function findScene(id: string): SceneEntry | undefined {
  return SCENE_CATALOG.find((s) => s.id === id);
}
