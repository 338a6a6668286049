import { describe, expect, it } from 'vitest';
import { ACCENT, INK, LAYERS } from '../../../../../src/model/palette';
import type { Picture } from '../../../../../src/core/scenes/picture/items';
import { vmVsContainer as model } from '../../../../../src/core/scenes/vm-vs-container/scene';
import { vmVsContainerPicture } from '../../../../../src/core/scenes/vm-vs-container/picture';
import { allWords, box, text, words } from '../picture-query';

const picture = (step: number) => vmVsContainerPicture(model.state(step));
const layers = (p: Picture, stack: string) =>
  p.filter((i) => i.kind === 'box' && i.key.startsWith(`${stack}:`)).map((i) => i.key.slice(stack.length + 1));

describe('vm-vs-container picture', () => {
  it('titles both stacks and stands them on the same hardware line', () => {
    const p = picture(-1);
    expect(words(text(p, 'vms:title'))).toEqual(['Virtual machines']);
    expect(words(text(p, 'containers:title'))).toEqual(['Containers']);
    expect(box(p, 'vms:hardware')?.y).toBe(box(p, 'containers:hardware')?.y);
    expect(box(p, 'vms:hardware')?.width).toBe(box(p, 'containers:hardware')?.width);
  });

  it('adds the layers in the order of the steps', () => {
    expect(layers(picture(0), 'vms')).toEqual(['hardware', 'host-kernel']);
    expect(layers(picture(1), 'containers')).toEqual(['hardware', 'host-kernel', 'runtime']);
    expect(layers(picture(2), 'vms')).toEqual(['hardware', 'host-kernel', 'hypervisor', 'guest-os-web', 'guest-os-api', 'guest-os-db']);
    expect(layers(picture(2), 'containers')).toEqual(layers(picture(1), 'containers'));
  });

  it('puts the same apps two layers lower in containers than in VMs', () => {
    const p = picture(3);
    const vmApp = box(p, 'vms:app-web');
    const containerApp = box(p, 'containers:app-web');
    expect(words(vmApp)).toEqual(['web', '+ libraries']);
    expect(words(containerApp)).toEqual(words(vmApp));
    expect(vmApp?.fill).toBe(LAYERS.process.fill);
    // Containers sit right on the host kernel's level + 1; VMs on top of a hypervisor and a guest OS.
    const pitch = (box(p, 'vms:host-kernel')?.y ?? 0) - (box(p, 'vms:hypervisor')?.y ?? 0);
    expect((containerApp?.y ?? 0) - (vmApp?.y ?? 0)).toBeCloseTo(2 * pitch);
    expect(box(p, 'containers:runtime')?.y).toBe(containerApp?.y);
  });

  it('writes no kernel labels before the last step', () => {
    for (const step of [-1, 0, 1, 2, 3]) {
      const w = allWords(picture(step));
      expect(w).not.toContain('own kernel');
      expect(w).not.toContain('shared kernel');
    }
  });

  it('ends with own kernel per VM against one shared kernel, counted', () => {
    const p = picture(4);
    for (const app of ['web', 'api', 'db']) {
      expect(words(box(p, `vms:guest-os-${app}`))).toEqual(['guest OS', 'own kernel']);
      expect(box(p, `vms:guest-os-${app}`)?.stroke).toBe(ACCENT);
    }
    expect(words(box(p, 'containers:host-kernel'))).toEqual(['host OS kernel', 'shared kernel']);
    expect(box(p, 'containers:host-kernel')?.stroke).toBe(ACCENT);
    expect(box(p, 'containers:runtime')?.stroke).toBe(INK);
    expect(box(p, 'containers:host-kernel')?.lines[1]?.bold).toBe(true);
    expect(words(text(p, 'vms:kernels'))).toEqual(['4 kernels']);
    // Each count stands next to its own stack's title, left of the other stack.
    expect(text(p, 'vms:kernels')?.x).toBeLessThan(text(p, 'containers:title')?.x ?? 0);
    expect(text(p, 'containers:kernels')?.x).toBeGreaterThan(text(p, 'containers:title')?.x ?? 0);
    expect(words(text(p, 'containers:kernels'))).toEqual(['1 kernel']);
    const outlined = (stack: string) => p.filter((i) => i.kind === 'box' && i.key.startsWith(`${stack}:`) && i.stroke === ACCENT).length;
    expect([outlined('vms'), outlined('containers')]).toEqual([4, 1]);
  });

  it('keys every layer colour it uses with the shared legend', () => {
    expect(allWords(picture(4))).toEqual(
      expect.arrayContaining(['hardware', 'kernel', 'hypervisor', 'guest OS', 'container runtime', 'process / app']),
    );
  });
});
