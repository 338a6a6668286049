import { describe, expect, it } from 'vitest';
import { arrow } from '../../../../../src/core/scenes/picture/arrow';

describe('arrow', () => {
  it('is a shaft and a filled head, keyed after the arrow, with no SVG marker', () => {
    const [shaft, head] = arrow(
      'a',
      [
        { x: 0, y: 0 },
        { x: 0, y: 100 },
      ],
      { color: '#123456', width: 4 },
    );
    expect(shaft).toMatchObject({ kind: 'path', key: 'a:shaft', stroke: '#123456', strokeWidth: 4 });
    expect(shaft?.fill).toBeUndefined();
    expect(head).toMatchObject({ kind: 'path', key: 'a:head', fill: '#123456' });
    // The head's tip is the arrow's end; the shaft stops inside the head instead of poking through its tip.
    expect(head?.d.startsWith('M0,100')).toBe(true);
    expect(shaft?.d).toBe('M0,0L0,83');
  });

  it('points along the last segment of a bent arrow', () => {
    const [, head] = arrow(
      'b',
      [
        { x: 0, y: 0 },
        { x: 50, y: 0 },
        { x: 50, y: -60 },
      ],
      { color: '#000000', width: 2 },
    );
    expect(head?.d).toBe('M50,-60L57.2,-48L42.8,-48Z');
  });

  it('passes dash, opacity and delay through to both parts', () => {
    const parts = arrow(
      'c',
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      { color: '#000000', width: 1, dashed: true, opacity: 0.5, delay: 300 },
    );
    expect(parts[0]).toMatchObject({ dashed: true, opacity: 0.5, delay: 300 });
    expect(parts[1]).toMatchObject({ opacity: 0.5, delay: 300 });
  });

  it('refuses an arrow with fewer than two points', () => {
    expect(() => arrow('d', [{ x: 0, y: 0 }], { color: '#000000', width: 1 })).toThrow(/two points/);
  });
});
