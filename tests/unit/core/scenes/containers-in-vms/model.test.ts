import { describe, expect, it } from 'vitest';
import { containersInVms as model } from '../../../../../src/core/scenes/containers-in-vms/scene';
import { BREADCRUMB, CONTAINERS, STACK, VMS } from '../../../../../src/core/scenes/containers-in-vms/model';

describe('containers-in-vms model', () => {
  it('zooms one level per step, from the server down to your app, then shows the whole stack', () => {
    expect([-1, 0, 1, 2, 3].map((s) => model.state(s).level)).toEqual(['server', 'server', 'vm', 'container', 'stack']);
    expect(model.state(-1).vms).toBe(false);
    expect(model.state(0).vms).toBe(true);
  });

  it('grows the breadcrumb as it zooms', () => {
    expect([-1, 0, 1, 2, 3].map((s) => model.state(s).breadcrumb.join(' › '))).toEqual([
      'data centre server',
      'data centre server › VM',
      'data centre server › VM › container runtime',
      'data centre server › VM › container runtime › your app',
      'data centre server › VM › container runtime › your app',
    ]);
    expect(BREADCRUMB).toEqual(['data centre server', 'VM', 'container runtime', 'your app']);
  });

  it('zooms into the VM that hosts containers, then into your own web container', () => {
    const vm = VMS.find((v) => v.id === model.state(1).focusVm);
    expect(vm).toMatchObject({ tenant: 'Heroku', containerHost: true });
    expect(VMS.filter((v) => v.containerHost)).toHaveLength(1);
    expect(model.state(1).focusContainer).toBeNull();
    const container = CONTAINERS.find((c) => c.id === model.state(2).focusContainer);
    expect(container).toMatchObject({ yours: true, kind: 'web dyno' });
    // Your app shares the VM with other apps' containers.
    expect(CONTAINERS.some((c) => !c.yours)).toBe(true);
  });

  it('stacks the layers bottom up, each run by the one who owns it', () => {
    expect(STACK.map((l) => [l.id, l.owner])).toEqual([
      ['hardware', 'cloud'],
      ['hypervisor', 'cloud'],
      ['guest-kernel', 'platform'],
      ['runtime', 'platform'],
      ['container', 'platform'],
      ['process', 'you'],
    ]);
    expect(STACK.find((l) => l.id === 'hypervisor')?.detail).toBe('AWS Nitro, based on KVM');
  });

  it('names the facts it rests on in the captions', () => {
    expect(model.caption(-1)).toMatch(/current EC2 instance types its hypervisor is Nitro, based on KVM/);
    expect(model.caption(1)).toMatch(/which Heroku calls dynos/);
    expect(model.caption(2)).toMatch(/system calls go to the VM’s kernel/);
    expect(model.caption(3)).toMatch(/AWS runs server and hypervisor, Heroku the VM/);
  });
});
