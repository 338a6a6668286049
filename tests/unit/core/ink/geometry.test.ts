import { describe, expect, it } from 'vitest';
import { deckId } from '../../../../src/core/ink/deck-id';
import { strokesNear } from '../../../../src/core/ink/hit';
import { inkPoint, outlinePath } from '../../../../src/core/ink/outline';
import { palmGuard, PEN_GRACE_MS } from '../../../../src/core/ink/palm';
import { slideId } from '../../../../src/core/ink/slide-id';
import { trailAt, trailOpacity, TRAIL_MS } from '../../../../src/core/ink/trail';
import type { Stroke } from '../../../../src/model/ink';

const line: Stroke = {
  id: 'l',
  slide: 's/1',
  at: { h: 1, v: 0, f: 0 },
  tool: 'pen',
  color: '#222222',
  size: 4,
  points: [
    [100, 100, 0.5],
    [300, 100, 0.5],
  ],
};

describe('the eraser', () => {
  it('touches a stroke within its reach of any segment, not beyond', () => {
    expect(strokesNear([line], [200, 110], 10)).toEqual(['l']);
    expect(strokesNear([line], [200, 113], 10)).toEqual([]);
    expect(strokesNear([line], [320, 100], 10)).toEqual([]);
  });
});

describe('palm rejection', () => {
  it('lets touch draw until a pen is seen, refuses it while the pen is in use, and allows it again after', () => {
    const guard = palmGuard();
    expect(guard.mayDraw('touch', 0)).toBe(true);
    guard.see('pen', 1000);
    expect(guard.mayDraw('touch', 1000 + PEN_GRACE_MS)).toBe(false);
    expect(guard.mayDraw('pen', 1001)).toBe(true);
    expect(guard.mayDraw('mouse', 1001)).toBe(true);
    expect(guard.mayDraw('touch', 1001 + PEN_GRACE_MS)).toBe(true);
  });
});

describe('the laser trail', () => {
  it('fades from 1 to 0 over its length and drops older points', () => {
    const points = [
      { x: 0, y: 0, at: 0 },
      { x: 1, y: 1, at: 200 },
    ];
    expect(trailAt(points, TRAIL_MS + 100)).toEqual([points[1]]);
    expect(trailOpacity({ x: 0, y: 0, at: 100 }, 100)).toBe(1);
    expect(trailOpacity({ x: 0, y: 0, at: 100 }, 100 + TRAIL_MS)).toBe(0);
  });
});

describe('names and numbers', () => {
  it('names a slide by its block and index, a break by its start, and nothing else', () => {
    expect(slideId({ block: 'lecture', slideIndex: '9' })).toBe('lecture/9');
    expect(slideId({ block: 'break', gapStart: '630' })).toBe('break@630');
    expect(slideId({ block: 'x" onload' })).toBeUndefined();
    expect(slideId({})).toBeUndefined();
  });

  it('gives a deck id that follows its slides, not their times', () => {
    const deck = (title: string, seconds: number) => ({
      blocks: [
        {
          id: 'lecture',
          title: 'L',
          kind: 'lecture' as const,
          length: { type: 'slides' as const },
          stacks: [[{ title, seconds, countdown: false }]],
        },
      ],
    });
    expect(deckId(deck('A', 60))).toMatch(/^[0-9a-f]{8}$/);
    expect(deckId(deck('A', 60))).toBe(deckId(deck('A', 120)));
    expect(deckId(deck('A', 60))).not.toBe(deckId(deck('B', 60)));
  });

  it('rounds points to 0.1 slide units and clamps pressure; an outline becomes a closed path', () => {
    expect(inkPoint(1.234, 5.678, 1.7)).toEqual([1.2, 5.7, 1]);
    const d = outlinePath([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    expect(d).toMatch(/^M0 0 Q10 0 10 5 T.*Z$/);
    expect(outlinePath([[0, 0]])).toBe('');
  });
});
