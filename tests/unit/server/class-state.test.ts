import { describe, expect, it } from 'vitest';
import {
  ask,
  emptyState,
  markAnswered,
  myMarks,
  practice,
  questionsFor,
  setMark,
  setPosition,
  vote,
} from '../../../src/server/class-state';
import { backoffMs } from '../../../src/platform/live/backoff';
import { LIVE_LIMITS } from '../../../src/model/live';

const A = 'device-aaaa';
const B = 'device-bbbb';

describe('class state', () => {
  it('counts done and stuck per task among the devices connected now; a mark is undone by none', () => {
    const state = emptyState('2026-12-06');
    expect(setMark(state, A, 'fun/0', 'done')).toBe(true);
    expect(setMark(state, A, 'fun/0', 'done')).toBe(false);
    setMark(state, B, 'fun/0', 'stuck');
    setMark(state, B, 'fun/10', 'done');
    expect(practice(state, new Set([A, B]))).toEqual({
      students: 2,
      tasks: [
        { task: 'fun/0', done: 1, stuck: 1 },
        { task: 'fun/10', done: 1, stuck: 0 },
      ],
    });
    expect(practice(state, new Set([A]))).toEqual({ students: 1, tasks: [{ task: 'fun/0', done: 1, stuck: 0 }] });
    expect(setMark(state, B, 'fun/0', 'none')).toBe(true);
    expect(myMarks(state, B)).toEqual({ 'fun/10': 'done' });
  });

  it('keeps no more tasks than the limit', () => {
    const state = emptyState('2026-12-06');
    for (let i = 0; i < LIVE_LIMITS.tasks; i++) setMark(state, A, `t/${String(i)}`, 'done');
    expect(setMark(state, A, 'u/0', 'done')).toBe(false);
  });

  it('orders questions by votes, open first; a device may not upvote its own; asking is rate-limited', () => {
    const state = emptyState('2026-12-06');
    const first = ask(state, A, 'one', 0);
    const second = ask(state, A, 'two', 1);
    expect(first && second).toBeTruthy();
    expect(vote(state, A, second?.id ?? 0, true)).toBe(false);
    expect(vote(state, B, second?.id ?? 0, true)).toBe(true);
    expect(questionsFor(state, B).map((q) => [q.text, q.votes, q.mine])).toEqual([
      ['two', 1, true],
      ['one', 0, false],
    ]);
    markAnswered(state, second?.id ?? 0, true);
    expect(questionsFor(state, undefined).map((q) => q.text)).toEqual(['one', 'two']);
    ask(state, A, 'three', 2);
    expect(ask(state, A, 'four', 3)).toBeUndefined();
    expect(ask(state, A, 'four', 61_000)).toBeDefined();
  });

  it('reports a position change only when it changes', () => {
    const state = emptyState('2026-12-06');
    expect(setPosition(state, { h: 1, v: 0, f: -1 })).toBe(true);
    expect(setPosition(state, { h: 1, v: 0, f: -1 })).toBe(false);
  });
});

describe('backoffMs', () => {
  it('doubles up to its cap, spread by a third either way', () => {
    expect(backoffMs(0, 0.5)).toBe(400);
    expect(backoffMs(3, 0.5)).toBe(3200);
    expect(backoffMs(20, 0.5)).toBe(8000);
    expect(backoffMs(20, 0)).toBeCloseTo(8000 * (2 / 3), 0);
    expect(backoffMs(20, 0.999)).toBeLessThan(8000 * (4 / 3));
  });
});
