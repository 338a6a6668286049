import { describe, expect, it } from 'vitest';
import { hypervisorLayers as model } from '../../../../../src/core/scenes/hypervisor-layers/scene';
import { STACKS } from '../../../../../src/core/scenes/hypervisor-layers/model';

const visible = (step: number) => model.state(step).stacks.map((s) => s.visible);

describe('hypervisor-layers model', () => {
  it('builds both stacks bottom up, one layer group per step', () => {
    expect(visible(-1)).toEqual([['hardware'], ['hardware']]);
    expect(visible(0)).toEqual([['hardware', 'hypervisor'], ['hardware']]);
    expect(visible(1)[0]).toEqual([
      'hardware',
      'hypervisor',
      'root-os',
      'guest-kernel-1',
      'guest-kernel-2',
      'root-tools',
      'app-1',
      'app-2',
    ]);
    expect(visible(1)[1]).toEqual(['hardware']);
    expect(visible(2)[1]).toEqual(['hardware', 'host-kernel']);
    expect(visible(3)[1]).toEqual(['hardware', 'host-kernel', 'hypervisor', 'guest-kernel-1', 'guest-kernel-2', 'app-1', 'app-2']);
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
              `${stack.id} step ${step}: ${id}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('names example products for each kind of hypervisor', () => {
    const detail = (stack: 'type1' | 'type2') => STACKS[stack].levels.flat().find((l) => l.id === 'hypervisor')?.detail ?? '';
    expect(detail('type1')).toBe('Hyper-V · Xen');
    expect(detail('type2')).toBe('VirtualBox · VMware Workstation · Parallels');
  });

  it('puts a root OS (Xen: dom0) beside the type 1 guests, because it holds the drivers', () => {
    const guestLevel = STACKS.type1.levels.find((l) => l.some((layer) => layer.id === 'guest-kernel-1')) ?? [];
    expect(guestLevel.map((l) => l.id)).toEqual(['root-os', 'guest-kernel-1', 'guest-kernel-2']);
    expect(STACKS.type2.levels.flat().map((l) => l.id)).not.toContain('root-os');
  });

  it('marks no duties until the last step', () => {
    for (const step of [-1, 0, 1, 2, 3]) expect(model.state(step).stacks.map((s) => s.duties)).toEqual([[], []]);
  });

  it('ends on what really differs, not a hop count: who schedules CPU and memory, whose drivers do I/O', () => {
    const [type1, type2] = model.state(4).stacks;
    const who = (s: typeof type1, role: string) => s.duties.filter((d) => d.role === role).map((d) => d.layer);
    expect(who(type1, 'cpu')).toEqual(['hypervisor']);
    expect(who(type1, 'io')).toEqual(['root-os']);
    expect(who(type2, 'cpu')).toEqual(['host-kernel']);
    expect(type2.duties.find((d) => d.layer === 'host-kernel')?.note).toMatch(/drivers do I\/O/);
    for (let step = -1; step < model.steps; step++) expect(model.caption(step)).not.toMatch(/hops?\b/);
    expect(model.caption(4)).toMatch(/In both stacks, disk I\/O passes an OS’s drivers/);
  });

  it('marks only layers that are on screen', () => {
    for (const stack of model.state(4).stacks) {
      for (const duty of stack.duties) expect(stack.visible).toContain(duty.layer);
    }
  });
});
