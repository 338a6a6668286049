import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_CATALOG, SCENES } from '../../../src/core/scenes/registry';

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

  it('finds scenes by id and nothing else', () => {
    expect(SCENES.get('hypervisor-layers')?.steps).toBe(5);
    expect(SCENES.get('kernel')).toBeUndefined();
  });

  it('loads without a DOM, as the slide compiler needs at build time', () => {
    expect(typeof document).toBe('undefined');
  });
});
