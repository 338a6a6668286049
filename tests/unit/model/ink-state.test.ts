import { describe, expect, it } from 'vitest';
import { INK_LIMITS, type InkMessage, type Stroke } from '../../../src/model/ink';
import { applyInk, NO_INK, type InkState } from '../../../src/model/ink-state';

const stroke = (id: string, points = 2, slide = 'lecture/3'): Stroke => ({
  id,
  slide,
  at: { h: 3, v: 0, f: 1 },
  tool: 'pen',
  color: '#d62728',
  size: 5,
  points: Array.from({ length: points }, (_, i): [number, number, number] => [10 + i, 20, 0.5]),
});
const apply = (...messages: InkMessage[]): InkState => messages.reduce(applyInk, NO_INK);
const ids = (state: InkState): string[] => state.strokes.map((s) => s.id);

describe('one ink message applied to the day’s ink (deck, class server and student view alike)', () => {
  const state = apply(
    { type: 'stroke', stroke: stroke('a') },
    { type: 'stroke', stroke: stroke('b') },
    { type: 'stroke', stroke: stroke('c') },
  );

  it('a growing stroke replaces its earlier copy in its place', () => {
    const grown = applyInk(state, { type: 'stroke', stroke: stroke('b', 7) });
    expect(ids(grown)).toEqual(['a', 'b', 'c']);
    expect(grown.strokes.map((s) => s.points.length)).toEqual([2, 7, 2]);
  });

  it('erase removes by id; a slide’s keep toggles once', () => {
    expect(ids(applyInk(state, { type: 'erase', ids: ['a', 'c', 'gone'] }))).toEqual(['b']);
    const kept = applyInk(state, { type: 'keep', slide: 'lecture/3', keep: true });
    expect(kept.keep).toEqual(['lecture/3']);
    expect(applyInk(kept, { type: 'keep', slide: 'lecture/3', keep: false }).keep).toEqual([]);
  });

  it('gives the very same state back when nothing lasting changes, so a receiver knows not to store it', () => {
    const kept = applyInk(state, { type: 'keep', slide: 'lecture/3', keep: true });
    expect(applyInk(state, { type: 'laser', slide: 'lecture/3', point: [1, 2] })).toBe(state);
    expect(applyInk(state, { type: 'erase', ids: ['not-there'] })).toBe(state);
    expect(applyInk(kept, { type: 'keep', slide: 'lecture/3', keep: true })).toBe(kept);
    expect(applyInk(state, { type: 'keep', slide: 'lecture/9', keep: false })).toBe(state);
  });

  it('never changes the state it was given', () => {
    const before = JSON.stringify(state);
    applyInk(state, { type: 'stroke', stroke: stroke('b', 9) });
    applyInk(state, { type: 'erase', ids: ['a'] });
    expect(JSON.stringify(state)).toBe(before);
  });

  it('holds at most the day’s limits of strokes and kept slides; a full day still takes a growing stroke', () => {
    const full: InkState = { strokes: Array.from({ length: INK_LIMITS.strokes }, (_, i) => stroke(`s${String(i)}`)), keep: [] };
    expect(applyInk(full, { type: 'stroke', stroke: stroke('one-more') })).toBe(full);
    expect(applyInk(full, { type: 'stroke', stroke: stroke('s0', 5) }).strokes[0]?.points).toHaveLength(5);
    const allKept: InkState = { strokes: [], keep: Array.from({ length: INK_LIMITS.slidesKept }, (_, i) => `b/${String(i)}`) };
    expect(applyInk(allKept, { type: 'keep', slide: 'b/x', keep: true })).toBe(allKept);
  });
});
