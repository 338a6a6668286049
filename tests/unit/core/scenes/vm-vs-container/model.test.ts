import { describe, expect, it } from 'vitest';
import { vmVsContainer as model } from '../../../../../src/core/scenes/vm-vs-container/scene';
import { kernelCount, STACKS } from '../../../../../src/core/scenes/vm-vs-container/model';

const visible = (step: number) => model.state(step).stacks.map((s) => s.visible);

describe('vm-vs-container model', () => {
  it('builds both stacks from the same hardware and host kernel', () => {
    expect(visible(-1)).toEqual([['hardware'], ['hardware']]);
    expect(visible(0)).toEqual([
      ['hardware', 'host-kernel'],
      ['hardware', 'host-kernel'],
    ]);
  });

  it('draws KVM inside the host kernel, not as a layer above it', () => {
    const layers = STACKS.vms.levels.flat();
    expect(layers.find((l) => l.id === 'host-kernel')?.detail).toBe('KVM module inside');
    const above = layers.find((l) => l.id === 'hypervisor');
    expect(above?.label).toBe('VM monitor');
    expect(above?.detail).not.toMatch(/^(e\.g\. )?KVM\b/);
  });

  it('adds a hypervisor on one side and a container runtime on the other', () => {
    const [vms, containers] = visible(1);
    expect(vms?.at(-1)).toBe('hypervisor');
    expect(containers?.at(-1)).toBe('runtime');
  });

  it('gives every VM a guest OS and adds nothing on the container side meanwhile', () => {
    const [vms, containers] = visible(2);
    expect(vms).toEqual(expect.arrayContaining(['guest-os-web', 'guest-os-api', 'guest-os-db']));
    expect(containers).toEqual(visible(1)[1]);
  });

  it('runs the same three apps on both sides', () => {
    const [vms, containers] = visible(3);
    const apps = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => id.startsWith('app-'));
    expect(apps(vms)).toEqual(['app-web', 'app-api', 'app-db']);
    expect(apps(containers)).toEqual(apps(vms));
  });

  it('never shows a layer without the one it stands on', () => {
    for (let step = -1; step < model.steps; step++) {
      for (const stack of model.state(step).stacks) {
        const levels = STACKS[stack.id].levels;
        const levelOf = (id: string) => levels.findIndex((l) => l.some((layer) => layer.id === id));
        for (const id of stack.visible) {
          for (let below = 0; below < levelOf(id); below++) {
            expect(
              stack.visible.some((v) => levelOf(v) === below),
              `${stack.id} step ${String(step)}: ${id}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('puts the runtime beside the containers, not under them', () => {
    const level = STACKS.containers.levels.find((l) => l.some((layer) => layer.id === 'runtime'));
    expect(level?.map((l) => l.id)).toEqual(['runtime', 'app-web', 'app-api', 'app-db']);
  });

  it('ends by counting the kernels: one per VM plus the host’s, against one shared', () => {
    for (const step of [-1, 0, 1, 2, 3]) expect(model.state(step).kernels).toBe(false);
    const last = model.state(4);
    expect(last.kernels).toBe(true);
    expect(last.stacks.map(kernelCount)).toEqual([4, 1]);
    expect(model.caption(4)).toMatch(/four on the left, the host’s and one per VM; one on the right/);
  });
});
