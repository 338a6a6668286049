import { describe, expect, it } from 'vitest';
import { hypervisorLayers as model } from '../../../../../src/core/scenes/hypervisor-layers/scene';
import { hypervisorLayersPicture } from '../../../../../src/core/scenes/hypervisor-layers/picture';
import { ACCENT, INK, WARNING } from '../../../../../src/model/palette';
import { VIEWBOX, type Picture } from '../../../../../src/core/scenes/picture/items';
import { textWidth } from '../../../../../src/core/text-width';
import { allWords, box, text, words } from '../picture-query';

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
      const order =
        stack === 'type1'
          ? ['hardware', 'hypervisor', 'guest-kernel-1', 'app-1']
          : ['hardware', 'host-kernel', 'hypervisor', 'guest-kernel-1', 'app-1'];
      const ys = order.map((k) => y(`${stack}:${k}`));
      expect(ys).toEqual([...ys].sort((a, b) => b - a));
    }
    // Type 2 stands one layer taller.
    expect(y('type2:app-1')).toBeLessThan(y('type1:app-1'));
  });

  it('labels the example products on each hypervisor', () => {
    expect(words(box(picture(0), 'type1:hypervisor'))).toEqual(['type 1 hypervisor', 'Hyper-V · Xen']);
    expect(words(box(picture(1), 'type1:root-os'))).toEqual(['root OS', 'Xen: dom0']);
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

  it('outlines nothing before the last step', () => {
    for (const step of [-1, 0, 1, 2, 3]) {
      for (const item of picture(step)) if (item.kind === 'box' && !item.key.startsWith('legend')) expect(item.stroke).toBe(INK);
    }
  });

  it('marks who schedules CPU and memory and whose drivers carry guest I/O, with no hop count', () => {
    const p = picture(4);
    expect(box(p, 'type1:hypervisor')?.stroke).toBe(ACCENT);
    expect(words(box(p, 'type1:hypervisor'))).toEqual(['type 1 hypervisor', 'schedules CPU and memory']);
    expect(box(p, 'type1:root-os')?.stroke).toBe(WARNING);
    expect(words(box(p, 'type1:root-os'))).toEqual(['root OS', 'drivers: I/O']);
    expect(box(p, 'type2:host-kernel')?.stroke).toBe(ACCENT);
    expect(words(box(p, 'type2:host-kernel'))).toEqual(['host OS kernel', 'schedules CPU and memory; its drivers do I/O']);
    expect(box(p, 'type2:hypervisor')?.stroke).toBe(INK);
    expect(allWords(p)).toEqual(expect.arrayContaining(['schedules', 'I/O drivers']));
    expect(allWords(p).some((w) => /hops?\b/.test(w))).toBe(false);
    expect(text(p, 'type1:hops')).toBeUndefined();
  });

  it('shows the duties in its legend as the picture draws them, outlines and not arrows, and keeps every layer', () => {
    const p = picture(4);
    const drawnAs = (key: string) => p.filter((i) => i.key === key || i.key.startsWith(`${key}:`)).map((i) => i.kind);
    expect(drawnAs('legend:cpu')).toEqual(['box', 'text']);
    expect(box(p, 'legend:cpu')?.stroke).toBe(box(p, 'type1:hypervisor')?.stroke);
    expect(box(p, 'legend:io')?.stroke).toBe(box(p, 'type1:root-os')?.stroke);
    expect(p.some((i) => i.kind === 'path' && !i.key.startsWith('legend'))).toBe(false);
    expect(box(p, 'legend:hardware')).toBeDefined();
    const ends = p.flatMap((i) => (i.kind === 'text' && i.key.startsWith('legend') ? i.lines.map((l) => i.x + textWidth(l)) : []));
    expect(Math.max(...ends)).toBeLessThanOrEqual(VIEWBOX.width);
  });
});
