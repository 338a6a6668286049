import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineScene } from '../../../../src/core/scenes/define';
import { SCENE_CATALOG, SCENES } from '../../../../src/core/scenes/registry';

describe('scene catalog', () => {
  it('lists every scene the slides place, with the step counts the slides are written for', () => {
    // Read from the slide files themselves: each `::: scene id` container and its numbered step notes.
    const written = readdirSync('slides')
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => [...readFileSync(join('slides', f), 'utf8').matchAll(/^::: scene (\S+)\n((?:\d+\. .*\n)+):::$/gm)])
      .map((m) => [m[1], (m[2] ?? '').split('\n').filter(Boolean).length]);
    expect(written.length).toBeGreaterThanOrEqual(7);
    expect(SCENE_CATALOG.map((s) => [s.id, s.steps]).sort()).toEqual(written.sort());
  });

  it('agrees with what the runtime can draw', () => {
    for (const entry of SCENE_CATALOG) {
      expect(SCENES.get(entry.id)).toMatchObject({ id: entry.id, steps: entry.steps });
    }
    expect(SCENES.size).toBe(SCENE_CATALOG.length);
  });

  it('prints on paper the steps a scene names and its last; a step the scene lacks is refused', () => {
    for (const scene of SCENES.values()) expect(scene.paperSteps.at(-1)).toBe(scene.steps - 1);
    const steps = [{ caption: 'a' }, { caption: 'b' }, { caption: 'c' }];
    const base = {
      id: 'x',
      title: 'x',
      description: 'x',
      before: { caption: '' },
      steps,
      longestStep: 0,
      state: () => 0,
      picture: () => [],
    };
    expect(defineScene({ ...base, paper: [1, 0, 1] }).paperSteps).toEqual([0, 1, 2]);
    expect(defineScene(base).paperSteps).toEqual([2]);
    expect(() => defineScene({ ...base, paper: [3] })).toThrow(/paper step 3 is not one of 0..2/);
  });

  it('finds scenes by id and nothing else', () => {
    expect(SCENES.get('hypervisor-layers')?.steps).toBe(5);
    expect(SCENES.get('kernel')).toBeUndefined();
  });

  it('loads without a DOM, as the slide compiler needs at build time', () => {
    expect(typeof document).toBe('undefined');
  });
});
