import { describe, expect, it } from 'vitest';
import { ACCENT, LAYERS } from '../../../../../src/model/palette';
import type { BoxItem, Picture } from '../../../../../src/core/scenes/picture/items';
import { vmResources as model } from '../../../../../src/core/scenes/vm-resources/scene';
import { HOST_MEMORY } from '../../../../../src/core/scenes/vm-resources/model';
import { vmResourcesPicture } from '../../../../../src/core/scenes/vm-resources/picture';
import { allWords, box, text, words } from '../picture-query';

const picture = (step: number) => vmResourcesPicture(model.state(step));
const bars = (p: Picture, host: 'a' | 'b') => p.filter((i): i is BoxItem => i.kind === 'box' && i.key.startsWith(`${host}:`));
/** Host-level segments only: the host OS, each guest's whole share and the free memory, not what is inside a VM. */
const segments = (p: Picture, host: 'a' | 'b') => bars(p, host).filter((b) => b.key.split(':').length === 2 && !b.dashed);

describe('vm-resources picture', () => {
  it('draws both hosts on the same scale, each bar exactly as wide as its memory', () => {
    for (const step of [-1, 0, 1, 2, 3, 4]) {
      const p = picture(step);
      for (const host of ['a', 'b'] as const) {
        const width = segments(p, host).reduce((sum, b) => sum + b.width, 0);
        const hostOs = box(p, `${host}:host-os`);
        expect(width, `${host} at step ${String(step)}`).toBeCloseTo(((hostOs?.width ?? 0) / 2) * HOST_MEMORY);
      }
      expect(box(p, 'a:host-os')?.width).toBe(box(p, 'b:host-os')?.width);
    }
  });

  it('labels the free memory on each host', () => {
    expect(words(box(picture(-1), 'a:free'))).toEqual(['free: 30 GB']);
    expect(words(box(picture(0), 'a:free'))).toEqual(['free: 6 GB']);
    expect(words(box(picture(1), 'b:free'))).toEqual(['free: 28 GB']);
    expect(words(box(picture(3), 'b:free'))).toEqual(['free: 29.2 GB']);
  });

  it('draws each VM as its whole share, pale where held but unused, with its use written on it', () => {
    const p = picture(0);
    const vm = box(p, 'a:vm-2');
    expect(vm?.fill).toBe(LAYERS.guestOs.tint);
    expect(box(p, 'a:vm-2:guest-os')?.fill).toBe(LAYERS.guestOs.fill);
    expect(box(p, 'a:vm-2:app')?.fill).toBe(LAYERS.process.fill);
    expect(words(text(p, 'a:vm-2:label'))).toEqual(['VM 2', 'uses 3 of 8 GB']);
    // The used part is a fraction of the share, and the VM is as wide whatever it uses.
    const used = (box(p, 'a:vm-2:guest-os')?.width ?? 0) + (box(p, 'a:vm-2:app')?.width ?? 0);
    expect(used / (vm?.width ?? 1)).toBeCloseTo(3 / 8);
    expect(box(picture(2), 'a:vm-2')?.width).toBe(vm?.width);
  });

  it('shows the idle VM still holding its share, outlined, with a note', () => {
    const p = picture(2);
    expect(box(p, 'a:vm-2')?.stroke).toBe(ACCENT);
    expect(box(p, 'a:vm-2:app')).toBeUndefined();
    expect(words(text(p, 'a:vm-2:label'))).toEqual(['VM 2: idle', 'uses 1 of 8 GB']);
    expect(words(text(p, 'a:note'))).toEqual(['idle, yet still holds all 8 GB']);
    expect(words(box(p, 'a:free'))).toEqual(['free: 6 GB']);
  });

  it('sizes the containers by what they use and names them above the bar', () => {
    const p = picture(1);
    const perGb = (box(p, 'a:host-os')?.width ?? 0) / 2;
    expect(box(p, 'b:db')?.width).toBeCloseTo(1.2 * perGb);
    expect(box(p, 'b:web')?.fill).toBe(LAYERS.process.fill);
    expect(['web', 'api', 'db'].map((c) => words(text(p, `b:${c}:label`))[0])).toEqual(['web 0.3 GB', 'api 0.5 GB', 'db 1.2 GB']);
    expect(p.filter((i) => i.kind === 'path' && i.key.endsWith(':leader'))).toHaveLength(3);
  });

  it('leaves only a dashed outline where the exited container was, over free memory', () => {
    const p = picture(3);
    const ghost = box(p, 'b:db');
    const free = box(p, 'b:free');
    expect(ghost).toMatchObject({ dashed: true, stroke: ACCENT });
    expect(free?.x).toBeLessThanOrEqual(ghost?.x ?? 0);
    // Drawn over the free bar, so it reads as an outline on free memory.
    expect(p.indexOf(ghost as BoxItem)).toBeGreaterThan(p.indexOf(free as BoxItem));
    expect(words(text(p, 'b:db:label'))).toEqual(['db: exited']);
    expect(words(text(p, 'b:note'))).toEqual(['db exited: its 1.2 GB is free again at once']);
  });

  it('sums up both hosts in the last step', () => {
    const p = picture(4);
    expect(words(text(p, 'a:total'))).toEqual(['VMs hold 24 GB, use 5 GB']);
    expect(words(text(p, 'b:total'))).toEqual(['containers use 0.8 GB, hold no more']);
    expect(words(text(p, 'a:note'))).toEqual(['held but unused: 19 GB']);
    expect(words(text(p, 'b:note'))).toEqual(['held but unused: none']);
    for (const step of [-1, 0, 1, 2, 3]) expect(text(picture(step), 'a:total')).toBeUndefined();
  });

  it('keys its colours with the shared legend plus held and free', () => {
    expect(allWords(picture(-1))).toEqual(expect.arrayContaining(['kernel', 'guest OS', 'process / app', 'held by a VM, unused', 'free']));
  });
});
