import { describe, expect, it } from 'vitest';
import { hypervisorLayers as model, STACKS } from '../../../../src/scenes/hypervisor-layers/model';
import { itKeepsTheModelContract } from '../model-contract';

const visible = (step: number) => model.state(step).stacks.map((s) => s.visible);

describe('hypervisor-layers model', () => {
  itKeepsTheModelContract(model, 5);

  it('builds both stacks bottom up, one layer group per step', () => {
    expect(visible(-1)).toEqual([['hardware'], ['hardware']]);
    expect(visible(0)).toEqual([['hardware', 'hypervisor'], ['hardware']]);
    expect(visible(1)[0]).toEqual(['hardware', 'hypervisor', 'guest-kernel-1', 'guest-kernel-2', 'app-1', 'app-2']);
    expect(visible(1)[1]).toEqual(['hardware']);
    expect(visible(2)[1]).toEqual(['hardware', 'host-kernel']);
    expect(visible(3)[1]).toEqual([
      'hardware',
      'host-kernel',
      'hypervisor',
      'guest-kernel-1',
      'guest-kernel-2',
      'app-1',
      'app-2',
    ]);
  });

  it('never shows a layer without the one it stands on', () => {
    for (let step = -1; step < model.steps; step++) {
      for (const stack of model.state(step).stacks) {
        const levels = STACKS[stack.id].levels;
        const levelOf = (id: string) => levels.findIndex((l) => l.some((layer) => layer.id === id));
        for (const id of stack.visible) {
          for (let below = 0; below < levelOf(id); below++) {
            expect(stack.visible.some((v) => levelOf(v) === below), `${stack.id} step ${step}: ${id}`).toBe(true);
          }
        }
      }
    }
  });

  it('names example products for each kind of hypervisor', () => {
    const detail = (stack: 'type1' | 'type2') =>
      STACKS[stack].levels.flat().find((l) => l.id === 'hypervisor')?.detail ?? '';
    expect(detail('type1')).toBe('ESXi · Hyper-V · Xen');
    expect(detail('type2')).toBe('VirtualBox · VMware Workstation · Parallels');
  });

  it('routes no request until the last step', () => {
    for (const step of [-1, 0, 1, 2, 3]) expect(model.state(step).stacks.map((s) => s.route)).toEqual([null, null]);
  });

  it('sends the same guest request through both stacks: 2 hops on type 1, 3 on type 2', () => {
    const [type1, type2] = model.state(4).stacks;
    expect(type1.route?.request).toBe('write to disk');
    expect(type2.route?.request).toBe(type1.route?.request);
    expect(type1.route?.stations).toEqual(['guest-kernel-2', 'hypervisor', 'hardware']);
    expect(type2.route?.stations).toEqual(['guest-kernel-2', 'hypervisor', 'host-kernel', 'hardware']);
    expect(type1.route?.extra).toEqual([]);
    // The extra hop is the one from the hypervisor into the host kernel.
    expect(type2.route?.extra).toEqual([1]);
  });

  it('starts the request in an app whose VM is on screen', () => {
    for (const stack of model.state(4).stacks) {
      expect(stack.visible).toContain(stack.route?.origin);
      for (const station of stack.route?.stations ?? []) expect(stack.visible).toContain(station);
    }
  });
});
