import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../../../src/core/scenes/picture/spread-labels';

describe('spreadLabels', () => {
  it('leaves labels that do not collide at their anchors', () => {
    expect(
      spreadLabels(
        [
          { anchor: 100, width: 40 },
          { anchor: 300, width: 40 },
        ],
        10,
        0,
        1000,
      ),
    ).toEqual([100, 300]);
  });

  it('pushes a colliding label right, keeping the order', () => {
    expect(
      spreadLabels(
        [
          { anchor: 100, width: 100 },
          { anchor: 120, width: 100 },
        ],
        10,
        0,
        1000,
      ),
    ).toEqual([100, 210]);
  });

  it('keeps labels inside the range, shifting back from the right end', () => {
    const centres = spreadLabels(
      [
        { anchor: 900, width: 100 },
        { anchor: 950, width: 100 },
      ],
      10,
      0,
      1000,
    );
    expect(centres).toEqual([840, 950]);
  });

  it('never lets neighbours overlap', () => {
    const slots = [10, 20, 30, 40, 50].map((anchor) => ({ anchor, width: 60 }));
    const centres = spreadLabels(slots, 8, 0, 1000);
    centres.slice(1).forEach((c, i) => {
      expect(c - (centres[i] ?? 0)).toBeGreaterThanOrEqual(68);
    });
    expect((centres[0] ?? 0) - 30).toBeGreaterThanOrEqual(0);
  });
});
