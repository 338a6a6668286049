import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../../../src/model/palette';
import { legend } from '../../../../../src/core/scenes/picture/legend';

describe('legend', () => {
  const items = legend(
    [{ layer: 'kernel' }, { layer: 'hypervisor' }, { line: 'request', label: 'request', color: '#aa3377', dashed: true }],
    { x: 10, y: 400 },
  );

  it('shows each layer as a swatch of its fill, named as the palette names it', () => {
    expect(items.find((i) => i.key === 'legend:kernel')).toMatchObject({ kind: 'box', fill: LAYERS.kernel.fill });
    const label = items.find((i) => i.key === 'legend:hypervisor:label');
    expect(label?.kind === 'text' ? label.lines[0]?.text : null).toBe('hypervisor');
  });

  it('shows a kind of line as a short arrow in its style', () => {
    expect(items.find((i) => i.key === 'legend:request:shaft')).toMatchObject({ kind: 'path', dashed: true });
    expect(items.find((i) => i.key === 'legend:request:head')).toBeDefined();
  });

  it('lays entries out left to right on one row', () => {
    const xs = items.flatMap((i) => (i.kind === 'text' ? [i.x] : []));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(items.every((i) => i.kind !== 'text' || i.y === 400)).toBe(true);
  });
});
