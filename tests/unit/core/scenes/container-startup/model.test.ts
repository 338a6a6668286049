import { describe, expect, it } from 'vitest';
import { containerStartup as model } from '../../../../../src/core/scenes/container-startup/scene';
import { CONTAINER_START, VM_BOOT } from '../../../../../src/core/scenes/container-startup/timings';

describe('container-startup model', () => {
  it('starts with empty lanes on the time axis', () => {
    expect(model.state(-1)).toMatchObject({ view: 'race', vm: [], container: [], comparison: null });
  });

  it('boots the VM first, then starts the container on the same axis', () => {
    expect(model.state(0)).toMatchObject({ view: 'race', vm: VM_BOOT, container: [] });
    expect(model.state(1)).toMatchObject({ view: 'race', vm: VM_BOOT, container: CONTAINER_START, comparison: null });
  });

  it('compares the totals, and keeps microVMs out of a race whose finish line they do not share', () => {
    const s = model.state(2);
    expect(s.comparison).toEqual({ vmSeconds: 17.65, containerSeconds: 0.5, timesFaster: 35 });
    // Firecracker's published figure stops at the guest's init, not at a running app.
    expect(s).not.toHaveProperty('microVm');
    for (let step = -1; step < model.steps; step++) expect(model.caption(step)).not.toMatch(/firecracker|microVM/i);
    expect(model.caption(2)).toMatch(/about 18 s against about 0\.5 s/i);
    // Both bars end at the app's process exec, not at an app that answers (review 5, P4).
    expect(model.caption(2)).toMatch(/starts the app's process about 35 times sooner/);
    expect(model.caption(2)).not.toMatch(/\bready\b/i);
  });

  it('ends with several containers sharing the kernel, each with its own IP', () => {
    const s = model.state(3);
    expect(s.view).toBe('shared-kernel');
    // Still carries the comparison: the last step is the handout's only picture of the scene.
    expect(s.comparison?.timesFaster).toBe(35);
    expect(s.containers.map((c) => c.ip)).toEqual(['172.17.0.2', '172.17.0.3', '172.17.0.4']);
    expect(new Set(s.containers.map((c) => c.image)).size).toBe(s.containers.length);
  });

  it('names every boot stage in the captions, with the kernel and the services timed', () => {
    // Boot is firmware, bootloader, kernel and init's services; the kernel is the short part.
    expect(model.caption(0)).toContain('firmware, bootloader, kernel (2.5 s), init and services (12 s)');
    expect(model.caption(1)).toContain('about 0.5 s');
  });
});
