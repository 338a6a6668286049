import { describe, expect, it } from 'vitest';
import { containersInVms as model } from '../../../../../../src/core/scenes/containers-in-vms/scene';
import { STACK } from '../../../../../../src/core/scenes/containers-in-vms/model';
import { containersInVmsPicture } from '../../../../../../src/core/scenes/containers-in-vms/picture';
import { ACCENT, LAYERS } from '../../../../../../src/model/palette';
import type { BoxItem, PathItem, Picture } from '../../../../../../src/core/scenes/picture/items';
import { allWords, box, text, words } from '../../picture-query';

const picture = (step: number) => containersInVmsPicture(model.state(step));
const boxes = (p: Picture, prefix: string) => p.filter((i): i is BoxItem => i.kind === 'box' && i.key.startsWith(prefix));
const crumbs = (p: Picture) => p.filter((i) => i.kind === 'text' && /^crumb:\d+$/.test(i.key)).flatMap((i) => words(i));

describe('containers-in-vms picture', () => {
  it('starts with a physical server and a hypervisor on it, room left for VMs', () => {
    const p = picture(-1);
    expect(words(box(p, 'server:hardware'))).toEqual(['physical server in a data centre', 'CPUs · memory · disks · network cards']);
    expect(words(box(p, 'server:hypervisor'))).toEqual(['hypervisor', 'AWS Nitro, based on KVM']);
    expect(boxes(p, 'server:vm-')).toEqual([]);
    expect(box(p, 'server:free')?.dashed).toBe(true);
    expect(crumbs(p)).toEqual(['data centre server']);
  });

  it('splits the server into VMs, each with its own guest kernel; one hosts containers', () => {
    const p = picture(0);
    expect(box(p, 'server:free')).toBeUndefined();
    const kernels = boxes(p, 'server:').filter((b) => b.key.endsWith(':kernel'));
    expect(kernels.map((k) => k.fill)).toEqual(Array.from({ length: 4 }, () => LAYERS.guestOs.fill));
    expect(allWords(p)).toEqual(expect.arrayContaining(['VM · Heroku', 'container runtime', 'database']));
    expect(allWords(p).filter((w) => w === 'dyno')).toHaveLength(3);
    const hypervisor = box(p, 'server:hypervisor');
    for (const vm of boxes(p, 'server:vm-').filter((b) => /^server:vm-\d$/.test(b.key))) {
      expect(vm.y + vm.height).toBeLessThanOrEqual(hypervisor?.y ?? 0);
    }
  });

  it('zooms into the container host, keeping the server small in the context column with that VM marked', () => {
    const p = picture(1);
    const big = box(picture(0), 'server:hardware');
    const small = box(p, 'server:hardware');
    expect(small?.width).toBeLessThan((big?.width ?? 0) / 4);
    expect(small?.lines).toEqual([]);
    expect(box(p, 'server:vm-2')?.stroke).toBe(ACCENT);
    expect(box(p, 'server:vm-1')?.stroke).not.toBe(ACCENT);
    expect(p.some((i) => i.key === 'zoom-cone')).toBe(true);
    expect(words(text(p, 'vm:title'))).toEqual(['VM · Heroku’s container host, an EC2 instance']);
    expect(words(box(p, 'vm:runtime'))).toEqual(['container', 'runtime']);
    expect(['web', 'worker', 'other'].map((c) => words(box(p, `vm:${c}:process`)))).toEqual([
      ['your app', 'web dyno'],
      ['your app', 'worker dyno'],
      ['another app', 'web dyno'],
    ]);
    // All three containers make their system calls to the one VM kernel.
    const kernel = box(p, 'vm:kernel');
    for (const c of ['web', 'worker', 'other']) {
      const head = p.find((i): i is PathItem => i.kind === 'path' && i.key === `vm:${c}:calls:head`);
      // An arrow head's path starts at its tip.
      expect(head?.d).toMatch(new RegExp(`^M[\\d.]+,${String((kernel?.y ?? 0) - 3)}L`));
    }
    expect(crumbs(p)).toEqual(['data centre server', 'VM', 'container runtime']);
    expect(text(p, 'crumb:2')?.lines[0]).toMatchObject({ bold: true, fill: ACCENT });
  });

  it('zooms into your web dyno, with the server and the VM as context', () => {
    const p = picture(2);
    expect(box(p, 'vm:web')?.stroke).toBe(ACCENT);
    expect(box(p, 'vm:frame')?.width).toBeLessThan(300);
    expect(words(text(p, 'ct:title'))).toEqual(['your app’s container: a web dyno']);
    expect(words(box(p, 'ct:process'))).toEqual(['your app’s process', 'web: node server.js']);
    expect(allWords(p)).toEqual(expect.arrayContaining(['own filesystem', 'namespaces', 'cgroups']));
    expect(words(box(p, 'ct:kernel'))).toEqual(['the VM’s guest kernel (Linux)', 'shared with the other containers on this VM']);
    expect(allWords(p)).toEqual(expect.arrayContaining(['the server', 'the VM']));
    expect(crumbs(p)).toEqual(['data centre server', 'VM', 'container runtime', 'your app']);
  });

  it('opens each new level after the old one has shrunk', () => {
    const p = picture(1);
    expect(box(p, 'vm:frame')?.delay).toBeGreaterThan(0);
    expect(box(p, 'server:hardware')?.delay).toBeUndefined();
  });

  it('ends with the whole stack, bottom up, and who runs each part', () => {
    const p = picture(3);
    const keys = ['server:hardware', 'server:hypervisor', 'vm:kernel', 'vm:runtime', 'ct:frame', 'ct:process'];
    const ys = keys.map((k) => box(p, k)?.y ?? Number.NaN);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(keys.map((k) => words(box(p, k))[0])).toEqual(STACK.map((l) => l.label));
    expect(['cloud', 'platform', 'you'].map((o) => words(text(p, `owner:${o}`))[0])).toEqual([
      'run by AWS',
      'run by Heroku',
      'yours: the code',
    ]);
    expect(allWords(p)).toEqual(expect.arrayContaining(['VM boundary', 'between AWS customers', 'container boundary']));
    expect(p.some((i) => i.key === 'zoom-cone')).toBe(false);
  });
});
