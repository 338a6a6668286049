import { describe, expect, it } from 'vitest';
import { containerStartup as model } from '../../../../../../src/core/scenes/container-startup/scene';
import { CONTAINER_START, VM_BOOT } from '../../../../../../src/core/scenes/container-startup/timings';
import { containerStartupPicture } from '../../../../../../src/core/scenes/container-startup/picture';
import { LAYERS } from '../../../../../../src/model/palette';
import type { AxisItem, BoxItem, Picture } from '../../../../../../src/core/scenes/picture/items';
import { textWidth } from '../../../../../../src/core/text-width';
import { allWords, box, text, words } from '../../picture-query';

const picture = (step: number) => containerStartupPicture(model.state(step));
const bars = (p: Picture, lane: string) => p.filter((i): i is BoxItem => i.kind === 'box' && i.key.startsWith(`${lane}:`));
const axes = (p: Picture) => p.filter((i): i is AxisItem => i.kind === 'axis');

describe('container-startup picture', () => {
  it('starts with a seconds axis and two empty lanes', () => {
    const p = picture(-1);
    expect(axes(p).map((a) => [a.domain, a.ticks.length])).toEqual([[[0, 20], 11]]);
    expect(bars(p, 'vm')).toEqual([]);
    expect(allWords(p)).toEqual(expect.arrayContaining(['VM (full OS)', 'Container', 'seconds']));
  });

  it('lays the VM phases end to end, each as long as its duration', () => {
    const p = picture(0);
    const vm = bars(p, 'vm');
    expect(vm.map((b) => b.key)).toEqual(VM_BOOT.map((ph) => `vm:${ph.id}`));
    const perSecond = (vm[0]?.width ?? 0) / (VM_BOOT[0]?.seconds ?? 1);
    vm.forEach((b, i) => {
      expect(b.width).toBeCloseTo((VM_BOOT[i]?.seconds ?? 0) * perSecond);
      if (i > 0) expect(b.x).toBeCloseTo((vm[i - 1]?.x ?? 0) + (vm[i - 1]?.width ?? 0));
    });
    // Names too long for their bar stand above it, each with a leader line.
    for (const name of ['firmware/BIOS', 'bootloader', 'guest kernel', 'process exec 0.15 s']) expect(allWords(p)).toContain(name);
    expect(p.filter((i) => i.kind === 'path' && i.key.endsWith(':leader'))).toHaveLength(4);
  });

  it('shows the container as a sliver at the VM scale and zooms it in below, every name inside its bar', () => {
    const p = picture(1);
    const sliver = box(p, 'container:sliver');
    const firmware = box(p, 'vm:firmware');
    expect(sliver?.width).toBeCloseTo(((firmware?.width ?? 0) / 2) * 0.5);
    const zoomed = bars(p, 'zoomed');
    expect(zoomed.map((b) => b.key)).toEqual(CONTAINER_START.map((ph) => `zoomed:${ph.id}`));
    for (const b of zoomed) {
      expect(b.lines.length).toBeGreaterThanOrEqual(2);
      for (const l of b.lines) expect(textWidth(l)).toBeLessThanOrEqual(b.width - 8);
    }
    expect(words(zoomed[0])).toEqual(['namespaces &', 'cgroups', '0.1 s']);
    expect(axes(p).map((a) => a.domain)).toEqual([
      [0, 20],
      [0, 0.5],
    ]);
  });

  it('compares the totals, with no microVM bar on the container’s zoomed axis', () => {
    const p = picture(2);
    expect(words(text(p, 'container:note'))).toEqual(['~18 s vs ~0.5 s: about 35× faster']);
    // A microVM's "to guest init" figure is not the same finish line as a running app: it is not drawn here.
    expect(p.filter((i) => i.key.startsWith('microvm'))).toEqual([]);
    expect(allWords(p).some((w) => /microVM|Firecracker/i.test(w))).toBe(false);
  });

  it('ends with containers on one shared kernel, each with its own filesystem and IP', () => {
    const p = picture(3);
    expect(axes(p)).toEqual([]);
    const ips = allWords(p).filter((w) => w.startsWith('own IP'));
    expect(ips).toEqual(['own IP 172.17.0.2', 'own IP 172.17.0.3', 'own IP 172.17.0.4']);
    expect(allWords(p).filter((w) => w === 'own filesystem')).toHaveLength(3);
    const kernels = p.filter((i) => i.kind === 'box' && i.fill === LAYERS.kernel.fill && !i.key.startsWith('legend'));
    expect(kernels.map((k) => k.key)).toEqual(['shared:kernel']);
    expect(p.filter((i) => i.kind === 'path' && i.key.endsWith(':syscalls:shaft'))).toHaveLength(3);
    expect(words(text(p, 'shared:headline'))).toEqual([
      'VM: ~18 s from firmware to app process · Container: ~0.5 s on the shared host kernel',
    ]);
  });
});
