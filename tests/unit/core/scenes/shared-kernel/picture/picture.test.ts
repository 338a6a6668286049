import { describe, expect, it } from 'vitest';
import { ACCENT, LAYERS, WARNING } from '../../../../../../src/model/palette';
import type { PathItem, Picture } from '../../../../../../src/core/scenes/picture/items';
import { sharedKernel as model } from '../../../../../../src/core/scenes/shared-kernel/scene';
import { VERDICT } from '../../../../../../src/core/scenes/shared-kernel/model';
import { sharedKernelPicture } from '../../../../../../src/core/scenes/shared-kernel/picture';
import { allWords, box, dot, text, words } from '../../picture-query';

const picture = (step: number) => sharedKernelPicture(model.state(step));
const path = (p: Picture, key: string) => p.find((i): i is PathItem => i.kind === 'path' && i.key === key);
const fills = (p: Picture, fill: string) =>
  p.filter((i) => i.kind === 'box' && i.fill === fill && !i.key.startsWith('legend')).map((i) => i.key);

describe('shared-kernel picture', () => {
  it('sets containers on one host kernel beside VMs with a guest kernel each on a hypervisor', () => {
    const p = picture(-1);
    expect(words(text(p, 'containers:title'))).toEqual(['Containers: one shared kernel']);
    expect(words(text(p, 'vms:title'))).toEqual(['VMs: a kernel each']);
    expect(fills(p, LAYERS.kernel.fill)).toEqual(['containers:kernel']);
    expect(fills(p, LAYERS.guestOs.fill)).toEqual(['vms:a:kernel', 'vms:b:kernel', 'vms:c:kernel']);
    expect(fills(p, LAYERS.hypervisor.fill)).toEqual(['vms:hypervisor']);
    expect(box(p, 'containers:hardware')?.y).toBe(box(p, 'vms:hardware')?.y);
    // Every app makes system calls: containers' to the host kernel, VMs' to their own guest kernel.
    for (const side of ['containers', 'vms']) {
      for (const t of ['a', 'b', 'c']) expect(path(p, `${side}:${t}:call:shaft`)?.stroke).toBe(ACCENT);
    }
  });

  it('draws the fences between the containers, down to the kernel they stand on', () => {
    expect(allWords(picture(-1)).join(' ')).not.toMatch(/namespaces/);
    const p = picture(0);
    const fences = p.filter((i): i is PathItem => i.kind === 'path' && /^fence:/.test(i.key));
    expect(fences).toHaveLength(2);
    const kernel = box(p, 'containers:kernel');
    for (const f of fences) expect(f.d).toMatch(new RegExp(`V${String((kernel?.y ?? 0) - 3)}$`));
    expect(words(text(p, 'fence:note')).join(' ')).toBe('Fences: namespaces limit what it can see, cgroups limit what it can use');
  });

  it('turns container A’s system call into the exploit and lands it in the shared kernel', () => {
    const p = picture(1);
    expect(words(box(p, 'containers:a:process'))).toEqual(['malicious', 'process']);
    expect(path(p, 'containers:a:call:shaft')).toMatchObject({ stroke: WARNING, dashed: true });
    expect(words(text(p, 'containers:a:exploit'))).toEqual(['exploit']);
    const kernel = box(p, 'containers:kernel');
    expect(kernel?.stroke).toBe(WARNING);
    // The token ends inside the kernel, in its lane.
    const token = dot(p, 'containers:token');
    expect(token?.y).toBe((kernel?.y ?? 0) + (kernel?.height ?? 0) / 2);
    expect(token?.x).toBeLessThan((kernel?.x ?? 0) + 40);
    expect(token?.via).toHaveLength(3);
    // The VMs are not attacked yet.
    expect(dot(p, 'vms:token')).toBeUndefined();
  });

  it('marks every neighbour container at risk once the kernel is taken over', () => {
    const p = picture(2);
    expect(words(box(p, 'containers:kernel'))).toEqual(['host kernel', 'taken over: every container at risk']);
    for (const t of ['b', 'c']) {
      expect(words(box(p, `containers:${t}:process`))).toEqual([`app ${t.toUpperCase()}`, 'at risk']);
      expect(box(p, `containers:${t}:process`)?.stroke).toBe(WARNING);
      expect(path(p, `containers:${t}:reach:shaft`)?.stroke).toBe(WARNING);
    }
    // The token rests: it travelled in the step before.
    expect(dot(p, 'containers:token')?.via).toBeUndefined();
  });

  it('stops the VM exploit at its own guest kernel, against the hypervisor', () => {
    const p = picture(3);
    expect(box(p, 'vms:a:kernel')?.stroke).toBe(WARNING);
    expect(box(p, 'vms:b:kernel')?.stroke).not.toBe(WARNING);
    expect(box(p, 'vms:hypervisor')?.stroke).not.toBe(WARNING);
    expect(words(box(p, 'vms:hypervisor'))).toEqual(['hypervisor', 'holds: the exploit stops at VM A']);
    for (const t of ['b', 'c']) expect(words(box(p, `vms:${t}:process`))).toEqual([`app ${t.toUpperCase()}`, 'unaffected']);
    const token = dot(p, 'vms:token');
    const guest = box(p, 'vms:a:kernel');
    expect(token?.y).toBe((guest?.y ?? 0) + (guest?.height ?? 0) / 2);
    expect(words(guest)).toEqual(['guest', 'kernel']);
    expect(token?.via).toHaveLength(3);
    const bar = path(p, 'vms:stop:bar');
    expect(bar?.d).toMatch(new RegExp(`,${String((box(p, 'vms:hypervisor')?.y ?? 0) - 6)}H`));
    expect(text(p, 'verdict')).toBeUndefined();
  });

  it('ends with both outcomes and the verdict in one line', () => {
    const p = picture(4);
    expect(words(text(p, 'verdict'))).toEqual([VERDICT]);
    expect(box(p, 'containers:kernel')?.stroke).toBe(WARNING);
    expect(path(p, 'vms:stop:bar')).toBeDefined();
    expect(allWords(p).filter((w) => w === 'at risk')).toHaveLength(2);
    expect(allWords(p).filter((w) => w === 'unaffected')).toHaveLength(2);
  });
});
