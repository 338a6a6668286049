import { describe, expect, it } from 'vitest';
import { inkFile, mergeInk, visibleStrokes } from '../../../../src/core/ink/state';
import { applyInk, NO_INK, type InkState } from '../../../../src/model/ink-state';
import { readInkFile, type Stroke } from '../../../../src/model/ink';

const stroke = (id: string, f: number, slide = 'lecture/3'): Stroke => ({
  id,
  slide,
  at: { h: 3, v: 0, f },
  tool: 'pen',
  color: '#d62728',
  size: 5,
  points: [
    [10, 10, 0.5],
    [50, 40, 0.5],
  ],
});

const drawn = (...strokes: Stroke[]): InkState => strokes.reduce((state, s) => applyInk(state, { type: 'stroke', stroke: s }), NO_INK);
const ids = (strokes: readonly Stroke[]): string[] => strokes.map((s) => s.id);

describe('ink per slide and step', () => {
  const state = drawn(stroke('a', -1), stroke('b', 1), stroke('c', 2), stroke('d', 2, 'lecture/4'));

  it('shows only the step’s own ink on a slide that does not keep it', () => {
    expect(ids(visibleStrokes(state, 'lecture/3', 2))).toEqual(['c']);
    expect(ids(visibleStrokes(state, 'lecture/3', 1))).toEqual(['b']);
    expect(ids(visibleStrokes(state, 'lecture/3', 0))).toEqual([]);
  });

  it('stepping back shows each step’s ink as drawn, and forward again the later step’s', () => {
    const walk = [2, 3, 2, 1, -1, 2].map((f) => ids(visibleStrokes(state, 'lecture/3', f)));
    expect(walk).toEqual([['c'], [], ['c'], ['b'], ['a'], ['c']]);
  });

  it('keeps earlier steps’ ink on a slide set to keep it, and not later steps’', () => {
    const kept = applyInk(state, { type: 'keep', slide: 'lecture/3', keep: true });
    expect(ids(visibleStrokes(kept, 'lecture/3', 1))).toEqual(['a', 'b']);
    expect(ids(visibleStrokes(kept, 'lecture/3', 5))).toEqual(['a', 'b', 'c']);
    const unkept = applyInk(kept, { type: 'keep', slide: 'lecture/3', keep: false });
    expect(ids(visibleStrokes(unkept, 'lecture/3', 5))).toEqual([]);
  });

  it('an import adds to the ink already there, once per stroke', () => {
    const merged = mergeInk(state, drawn(stroke('c', 2), stroke('e', 0)));
    expect(ids(merged.strokes)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('the ink file', () => {
  const state = drawn(stroke('a', 1));
  const text = JSON.stringify(inkFile(state, '0123abcd', '2026-12-06'));

  it('reads back what the deck exports', () => {
    const read = readInkFile(text, '0123abcd');
    expect(read.ok && read.file.strokes).toEqual(state.strokes);
  });

  it.each([
    ['not JSON', '{"format":', 'it is not JSON'],
    ['someone else’s JSON', '{"strokes":[]}', 'it is not an ink file of this deck'],
    ['another deck’s', text, 'it is from another deck (deck 0123abcd; this deck is ffffffff)'],
    ['a stroke with a point far off the slide', text.replace('[10,10,0.5]', '[10,99999,0.5]'), 'strokes.0.points.0.1'],
    ['too big', `${text}${' '.repeat(5 * 1024 * 1024)}`, 'it is too big'],
  ])('refuses %s, naming what is wrong', (_, input, problem) => {
    const read = readInkFile(input, 'ffffffff');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problem).toContain(problem);
  });
});
