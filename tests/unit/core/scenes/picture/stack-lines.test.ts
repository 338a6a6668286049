import { describe, expect, it } from 'vitest';
import { stackLines } from '../../../../../src/core/scenes/picture/stack-lines';

describe('stackLines', () => {
  const two = [
    { text: 'type 1 hypervisor', size: 20 },
    { text: 'ESXi · Hyper-V · Xen', size: 18 },
  ];

  it('centres a block of lines on the point', () => {
    const [a, b] = stackLines(two, { x: 10, y: 100, anchor: 'middle' });
    // 24 + 22 units of line pitch, centred on 100.
    expect(a).toMatchObject({ x: 10, y: 89, anchor: 'middle', text: 'type 1 hypervisor' });
    expect(b).toMatchObject({ y: 112, text: 'ESXi · Hyper-V · Xen' });
  });

  it('can hang the lines from the first one instead', () => {
    const [a, b] = stackLines(two, { x: 0, y: 50, anchor: 'start', firstAt: true });
    expect(a?.y).toBe(50);
    expect(b?.y).toBe(73);
  });

  it('carries a delay to every line when given one', () => {
    expect(stackLines(two, { x: 0, y: 0, anchor: 'end' }, 200).map((l) => l.delay)).toEqual([200, 200]);
    expect(stackLines(two, { x: 0, y: 0, anchor: 'end' }).every((l) => !('delay' in l))).toBe(true);
  });
});
