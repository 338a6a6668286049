import { describe, expect, it } from 'vitest';
import type { Picture } from '../../../../src/core/scenes/picture/items';
import { VIEWBOX } from '../../../../src/core/scenes/picture/items';
import { SCENES } from '../../../../src/core/scenes/registry';
import { legibleWidth, smallestText } from '../../../../src/features/student/legible';
import { LABEL_FLOOR_PX } from '../../../../src/features/student/scenes';

const line = (size: number) => ({ text: 'x', size });

describe('smallestText', () => {
  it('finds the smallest type among boxes, free text, dot labels and axes', () => {
    const picture: Picture = [
      { kind: 'box', key: 'b', x: 0, y: 0, width: 1, height: 1, fill: '', stroke: '', strokeWidth: 1, lines: [line(20), line(18)] },
      { kind: 'text', key: 't', x: 0, y: 0, anchor: 'start', lines: [line(22)] },
      { kind: 'dot', key: 'd', x: 0, y: 0, r: 1, fill: '', stroke: '', label: line(16) },
      { kind: 'path', key: 'p', d: '', stroke: '', strokeWidth: 1 },
    ];
    expect(smallestText(picture)).toBe(16);
    expect(
      smallestText([
        ...picture,
        { kind: 'axis', key: 'a', x: 0, y: 0, side: 'bottom', domain: [0, 1], range: [0, 1], ticks: [], decimals: 0, fontSize: 14 },
      ]),
    ).toBe(14);
  });

  it('a picture without text has no smallest type', () => {
    expect(smallestText([])).toBeUndefined();
  });
});

describe('legibleWidth', () => {
  it('is the width at which the smallest type reaches the floor', () => {
    expect(legibleWidth(1100, 18, 12)).toBe(734);
    expect(legibleWidth(1100, 22, 11)).toBe(550);
    expect(legibleWidth(1100, undefined, 12)).toBe(0);
  });

  // 18 units (the legends) at 14 px is 856 px: a swipe and a bit on a 390 px phone, not a panorama.
  it("keeps every scene's figure, with 14px labels, under 2.25 phone screens wide", () => {
    for (const scene of SCENES.values()) {
      const smallest = Math.min(...Array.from({ length: scene.steps + 1 }, (_, i) => smallestText(scene.picture(i - 1)) ?? Infinity));
      expect(legibleWidth(VIEWBOX.width, smallest, LABEL_FLOOR_PX), scene.id).toBeLessThanOrEqual(2.25 * 390);
    }
  });
});
