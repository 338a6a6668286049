import { describe, expect, it } from 'vitest';
import { sharedKernel as model } from '../../../../../src/core/scenes/shared-kernel/scene';
import { TENANTS, VERDICT } from '../../../../../src/core/scenes/shared-kernel/model';

describe('shared-kernel model', () => {
  it('starts with both servers at peace: no fences drawn yet, no attack', () => {
    expect(model.state(-1)).toEqual({ fences: false, containers: null, vms: null, inFlight: null, verdict: null });
  });

  it('draws namespaces and cgroups as the fences first, and keeps them', () => {
    expect(model.state(0)).toMatchObject({ fences: true, containers: null, vms: null });
    for (let step = 0; step < model.steps; step++) expect(model.state(step).fences).toBe(true);
    expect(model.caption(0)).toMatch(/namespaces limit what a container sees, cgroups what it uses/i);
    // Docker's default seccomp profile is part of the fence too: it filters system calls (capabilities, which
    // limit privileged operations rather than calls, are in the notes).
    expect(model.caption(0)).toMatch(/seccomp which system calls it may make/);
  });

  it('sends the container exploit into the host kernel, then exposes every neighbour', () => {
    const exploit = model.state(1);
    expect(exploit.inFlight).toBe('containers');
    expect(exploit.containers).toMatchObject({ attacker: 'a', reached: 'host-kernel', atRisk: [], stoppedAt: null });
    expect(exploit.vms).toBeNull();

    const spread = model.state(2).containers;
    expect(model.state(2).inFlight).toBeNull();
    // Every container but the attacker's: they all run on the kernel it now controls.
    expect(spread?.atRisk).toEqual(TENANTS.filter((t) => t !== spread?.attacker));
    expect(spread?.unaffected).toEqual([]);
    expect(spread?.stoppedAt).toBeNull();
  });

  it('stops the same exploit in a VM at its own guest kernel and the hypervisor', () => {
    const s = model.state(3);
    expect(s.inFlight).toBe('vms');
    expect(s.vms).toEqual({ attacker: 'a', reached: 'guest-kernel', atRisk: [], unaffected: ['b', 'c'], stoppedAt: 'hypervisor' });
    // The container outcome stays on screen beside it.
    expect(s.containers?.atRisk).toEqual(['b', 'c']);
  });

  it('ends with both outcomes and a one-line verdict, honest that VMs are not invulnerable', () => {
    const s = model.state(4);
    expect(s.containers?.reached).toBe('host-kernel');
    expect(s.vms?.stoppedAt).toBe('hypervisor');
    expect(s.verdict).toBe(VERDICT);
    expect(s.inFlight).toBeNull();
    expect(model.caption(4)).toMatch(/needs a second bug, in the hypervisor/);
    for (let step = -1; step < 4; step++) expect(model.state(step).verdict).toBeNull();
  });
});
