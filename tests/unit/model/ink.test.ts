import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { INK_LIMITS, type Stroke } from '../../../src/model/ink';
import { ClientMessageSchema, LIVE_LIMITS } from '../../../src/model/live';
import { applyClassInk as applyInk, emptyState, StoredStateSchema } from '../../../src/server/class-state';
import { checkMessage } from '../../../src/server/check-message';
import { rateLimiter } from '../../../src/server/limits';

const stroke = (id: string, points = 3): Stroke => ({
  id,
  slide: 'intro/1',
  at: { h: 1, v: 0, f: -1 },
  tool: 'pen',
  color: '#d62728',
  size: 5,
  points: Array.from({ length: points }, (_, i): [number, number, number] => [1000.5 + i / 10, 600.5, 0.55]),
});
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
const open = () => rateLimiter(1000, 1000);

describe('ink on the class channel', () => {
  it('is one message kind with the ink schema and its limits', () => {
    expect(v.is(ClientMessageSchema, { kind: 'ink', ink: { type: 'stroke', stroke: stroke('a') } })).toBe(true);
    expect(v.is(ClientMessageSchema, { kind: 'ink', ink: { type: 'erase', ids: ['a'] } })).toBe(true);
    expect(v.is(ClientMessageSchema, { kind: 'ink', ink: { type: 'keep', slide: 'intro/1', keep: true } })).toBe(true);
    expect(v.is(ClientMessageSchema, { kind: 'ink', ink: { type: 'stroke', stroke: stroke('a', INK_LIMITS.pointsPerStroke + 1) } })).toBe(
      false,
    );
    expect(v.is(ClientMessageSchema, { kind: 'ink', ink: { type: 'stroke', stroke: { ...stroke('a'), color: 'red' } } })).toBe(false);
    expect(v.is(ClientMessageSchema, { kind: 'ink', ink: { type: 'stroke', stroke: stroke('a') }, extra: 1 })).toBe(false);
  });

  it("is the lecturer's: a student's is dropped as forbidden; the longest stroke fits the lecturer's message size", () => {
    const longest = { kind: 'ink', ink: { type: 'stroke', stroke: stroke('a', INK_LIMITS.pointsPerStroke) } };
    expect(checkMessage(bytes(longest), false, 'lecturer', open(), 0)).toMatchObject({ kind: 'ink' });
    const small = { kind: 'ink', ink: { type: 'erase', ids: ['a'] } };
    expect(checkMessage(bytes(small), false, 'student', open(), 0)).toBe('forbidden');
    expect(checkMessage(bytes(longest), false, 'student', open(), 0)).toBe('oversized');
    expect(bytes(longest).byteLength).toBeLessThan(LIVE_LIMITS.staffMessageBytes);
  });

  it('is kept in the class state: a growing stroke replaces itself, erase and keep apply, the laser is not kept', () => {
    const state = emptyState('2026-12-06');
    expect(applyInk(state, { type: 'stroke', stroke: stroke('a', 2) })).toBe(true);
    expect(applyInk(state, { type: 'stroke', stroke: stroke('a', 5) })).toBe(true);
    expect(applyInk(state, { type: 'stroke', stroke: stroke('b') })).toBe(true);
    expect(state.ink.strokes.map((s) => [s.id, s.points.length])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
    expect(applyInk(state, { type: 'keep', slide: 'intro/1', keep: true })).toBe(true);
    expect(applyInk(state, { type: 'keep', slide: 'intro/1', keep: true })).toBe(false);
    expect(applyInk(state, { type: 'erase', ids: ['a'] })).toBe(true);
    expect(applyInk(state, { type: 'erase', ids: ['a'] })).toBe(false);
    expect(applyInk(state, { type: 'laser', slide: 'intro/1', point: [1, 2] })).toBe(false);
    expect(state.ink).toEqual({ strokes: [stroke('b')], keep: ['intro/1'] });
    // What the day's file holds reads back, and a file from before ink reads as no ink.
    expect(v.parse(StoredStateSchema, JSON.parse(JSON.stringify(state))).ink).toEqual(state.ink);
    const older: Partial<typeof state> = { ...state };
    delete older.ink;
    expect(v.parse(StoredStateSchema, older).ink).toEqual({ strokes: [], keep: [] });
  });

  it('holds at most the ink limit of strokes', () => {
    const state = emptyState('2026-12-06');
    for (let i = 0; i < INK_LIMITS.strokes; i++) applyInk(state, { type: 'stroke', stroke: stroke(`s${String(i)}`, 1) });
    expect(applyInk(state, { type: 'stroke', stroke: stroke('one-more', 1) })).toBe(false);
    expect(state.ink.strokes).toHaveLength(INK_LIMITS.strokes);
  });
});
