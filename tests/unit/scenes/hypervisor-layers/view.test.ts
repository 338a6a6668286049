import { describe, expect, it } from 'vitest';
import { hypervisorLayers as model } from '../../../../src/scenes/hypervisor-layers/model';
import { hypervisorLayersPicture } from '../../../../src/scenes/hypervisor-layers/view';
import { ACCENT, WARNING } from '../../../../src/scenes/palette';
import type { Picture } from '../../../../src/scenes/picture/items';
import { allWords, box, dot, text, words } from '../picture-query';

const picture = (step: number) => hypervisorLayersPicture(model.state(step));
const layers = (p: Picture, stack: string) =>
  p.filter((i) => i.kind === 'box' && i.key.startsWith(`${stack}:`)).map((i) => i.key.slice(stack.length + 1));

describe('hypervisor-layers picture', () => {
  it('titles both stacks from the start, on the same hardware line', () => {
    const p = picture(-1);
    expect(words(text(p, 'type1:title'))).toEqual(['Type 1 (bare metal)']);
    expect(words(text(p, 'type2:title'))).toEqual(['Type 2 (hosted)']);
    expect(box(p, 'type1:hardware')?.y).toBe(box(p, 'type2:hardware')?.y);
  });

  it('stacks each layer directly above the one below', () => {
    const p = picture(3);
    const y = (key: string) => box(p, key)?.y ?? Number.NaN;
    for (const stack of ['type1', 'type2']) {
      const order = stack === 'type1'
        ? ['hardware', 'hypervisor', 'guest-kernel-1', 'app-1']
        : ['hardware', 'host-kernel', 'hypervisor', 'guest-kernel-1', 'app-1'];
      const ys = order.map((k) => y(`${stack}:${k}`));
      expect(ys).toEqual([...ys].sort((a, b) => b - a));
    }
    // Type 2 stands one layer taller.
    expect(y('type2:app-1')).toBeLessThan(y('type1:app-1'));
  });

  it('labels the example products on each hypervisor', () => {
    expect(words(box(picture(0), 'type1:hypervisor'))).toEqual(['type 1 hypervisor', 'ESXi · Hyper-V · Xen']);
    expect(words(box(picture(3), 'type2:hypervisor'))).toEqual([
      'hypervisor, an app on the host OS',
      'VirtualBox · VMware Workstation · Parallels',
    ]);
  });

  it('adds layers in the order of the steps', () => {
    expect(layers(picture(0), 'type1')).toEqual(['hardware', 'hypervisor']);
    expect(layers(picture(1), 'type2')).toEqual(['hardware']);
    expect(layers(picture(2), 'type2')).toEqual(['hardware', 'host-kernel']);
  });

  it('shows no route before the last step', () => {
    for (const step of [-1, 0, 1, 2, 3]) expect(allWords(picture(step)).some((w) => w.includes('hops'))).toBe(false);
  });

  it('counts the hops of the same request on both stacks, the extra one in its own colour', () => {
    const p = picture(4);
    expect(words(text(p, 'type1:hops'))).toEqual(['2 hops']);
    expect(words(text(p, 'type2:hops'))).toEqual(['3 hops']);
    expect(words(box(p, 'type1:app-2'))).toEqual(['VM 2 apps', 'write to disk']);
    expect(words(box(p, 'type2:app-2'))).toEqual(['VM 2 apps', 'write to disk']);
    expect(['0', '1'].map((h) => words(dot(p, `type1:hop:${h}`)))).toEqual([['1'], ['2']]);
    expect(['0', '1', '2'].map((h) => dot(p, `type2:hop:${h}`)?.fill)).toEqual([ACCENT, WARNING, ACCENT]);
    expect(p.find((i) => i.key === 'type2:hop:1:shaft')).toMatchObject({ stroke: WARNING, dashed: true });
    expect(box(p, 'type2:host-kernel')?.stroke).toBe(WARNING);
    expect(box(p, 'type1:hypervisor')?.stroke).toBe(ACCENT);
    expect(allWords(p)).toContain('extra hop');
  });

  it('ends each request token in the hardware', () => {
    const p = picture(4);
    for (const stack of ['type1', 'type2']) {
      const hw = box(p, `${stack}:hardware`);
      const token = dot(p, `${stack}:token`);
      expect(token?.y).toBe((hw?.y ?? 0) + (hw?.height ?? 0) / 2);
      expect(token?.x).toBeLessThan((hw?.x ?? 0) + (hw?.width ?? 0));
    }
  });
});
