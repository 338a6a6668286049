import { describe, expect, it } from 'vitest';
import { vmResources as model } from '../../../../../src/core/scenes/vm-resources/scene';
import {
  containerHostFree,
  containerTotal,
  gb,
  HOST_MEMORY,
  HOST_OS,
  vmHostFree,
  vmTotals,
  vmUsed,
} from '../../../../../src/core/scenes/vm-resources/model';

const state = (step: number) => model.state(step);

describe('vm-resources model', () => {
  it('starts with two empty hosts of the same size, the host OS on each', () => {
    const s = state(-1);
    expect(s.vms).toEqual([]);
    expect(s.containers).toEqual([]);
    expect(vmHostFree(s)).toBe(HOST_MEMORY - HOST_OS);
    expect(containerHostFree(s)).toBe(HOST_MEMORY - HOST_OS);
  });

  it('gives three VMs 8 GB each, which they hold though they use far less', () => {
    const s = state(0);
    expect(s.vms.map((v) => v.allocated)).toEqual([8, 8, 8]);
    expect(s.vms.map(vmUsed)).toEqual([2, 3, 2]);
    expect(vmTotals(s.vms)).toEqual({ held: 24, used: 7 });
    expect(vmHostFree(s)).toBe(6);
    expect(s.containers).toEqual([]);
  });

  it('starts containers that take only what their processes use', () => {
    const s = state(1);
    expect(s.containers.map((c) => [c.name, c.used])).toEqual([
      ['web', 0.3],
      ['api', 0.5],
      ['db', 1.2],
    ]);
    expect(containerTotal(s.containers)).toBeCloseTo(2);
    expect(gb(containerHostFree(s))).toBe('28 GB');
  });

  it('lets a VM go idle without giving back any memory', () => {
    const before = state(1);
    const s = state(2);
    expect(s.changed).toBe('VM 2');
    const vm2 = s.vms.find((v) => v.name === 'VM 2');
    expect(vm2).toMatchObject({ idle: true, app: 0, allocated: 8 });
    expect(vmTotals(s.vms).used).toBeLessThan(vmTotals(before.vms).used);
    expect(vmHostFree(s)).toBe(vmHostFree(before));
  });

  it('returns an exited container’s memory to the host at once', () => {
    const before = state(2);
    const s = state(3);
    expect(s.changed).toBe('db');
    expect(s.containers.find((c) => c.name === 'db')?.exited).toBe(true);
    expect(containerHostFree(s) - containerHostFree(before)).toBeCloseTo(1.2);
    expect(gb(containerHostFree(s))).toBe('29.2 GB');
    // Nothing changes on the VM host meanwhile.
    expect(s.vms).toEqual(before.vms);
  });

  it('ends with the totals on both hosts: the handout state', () => {
    const s = state(4);
    expect(s.totals).toBe(true);
    expect(s.changed).toBeNull();
    expect(vmTotals(s.vms)).toEqual({ held: 24, used: 5 });
    expect(gb(containerTotal(s.containers))).toBe('0.8 GB');
    expect(model.caption(4)).toContain('hold 24 GB, use 5 GB');
    expect(model.caption(4)).toContain('containers use 0.8 GB');
  });

  it('never gives away more memory than the host has', () => {
    for (let step = -1; step < model.steps; step++) {
      const s = state(step);
      expect(vmHostFree(s)).toBeGreaterThanOrEqual(0);
      expect(containerHostFree(s)).toBeGreaterThanOrEqual(0);
      for (const vm of s.vms) expect(vmUsed(vm)).toBeLessThanOrEqual(vm.allocated);
    }
  });

  it('says the free memory in the captions, in figures that match the state', () => {
    expect(model.caption(0)).toContain('Free: 6 GB');
    // A running guest holds the memory it has touched, used by its apps or not.
    expect(model.caption(0)).toContain('guests touch their memory, so the VMs hold 24 GB');
    expect(model.caption(1)).toContain('Free: 28 GB');
    expect(model.caption(2)).toContain('Free: 6 GB');
    expect(model.caption(2)).toMatch(/the host cannot tell and keeps it/);
    expect(model.caption(3)).toContain('Free: 29.2 GB');
    expect(model.caption(-1)).toMatch(/illustrative/i);
  });

  it('writes gigabytes without float noise', () => {
    expect(gb(32 - 2 - 0.3 - 0.5)).toBe('29.2 GB');
    expect(gb(0.3 + 0.5)).toBe('0.8 GB');
    expect(gb(24)).toBe('24 GB');
  });
});
