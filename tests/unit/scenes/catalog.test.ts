import { describe, expect, it } from 'vitest';
import { SCENE_CATALOG, SCENES } from '../../../src/core/scenes/registry';

describe('scene catalog', () => {
  it('lists every scene with the step counts the slides are written for', () => {
    expect(SCENE_CATALOG.map((s) => [s.id, s.steps])).toEqual([
      ['kernel-requests', 5],
      ['hypervisor-layers', 5],
      ['container-startup', 4],
      ['vm-resources', 5],
      ['vm-vs-container', 5],
      ['shared-kernel', 5],
      ['containers-in-vms', 4],
    ]);
  });

  it('agrees with what the runtime can draw', () => {
    for (const entry of SCENE_CATALOG) {
      expect(SCENES.get(entry.id)).toMatchObject({ id: entry.id, steps: entry.steps });
    }
    expect(SCENES.size).toBe(SCENE_CATALOG.length);
  });

  it('finds scenes by id and nothing else', () => {
    expect(SCENES.get('hypervisor-layers')?.steps).toBe(5);
    expect(SCENES.get('kernel')).toBeUndefined();
  });

  it('loads without a DOM, as the slide compiler needs at build time', () => {
    expect(typeof document).toBe('undefined');
  });
});
