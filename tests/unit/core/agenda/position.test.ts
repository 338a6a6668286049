import { describe, expect, it } from 'vitest';
import { computeSchedule, minutesAhead, positionAt, type Position } from '../../../../src/core/agenda';
import { at, scheduleOf, seedDay } from './fixtures';

const seed = scheduleOf(computeSchedule(seedDay));
const withLunch = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('12:00'), end: at('13:00') }] }));

/** The position as a short line: phase, item, time left, next. */
function describePosition(position: Position): string {
  if (position.phase === 'after') return 'after';
  const next = position.next ? ('blockId' in position.next ? position.next.blockId : position.next.kind) : '-';
  const left = `${position.msLeft / 60_000} min`;
  if (position.phase === 'before') return `before, ${left}, next ${next}`;
  const item = 'blockId' in position.item ? position.item.blockId : position.item.kind;
  return `${item}, ${left}, next ${next}`;
}

describe('positionAt', () => {
  it('says how long until class starts', () => {
    expect(describePosition(positionAt(seed, at('08:30')))).toBe('before, 30 min, next lecture');
  });

  it('finds the current item, the time left in it and the next', () => {
    expect(describePosition(positionAt(seed, at('09:00')))).toBe('lecture, 50 min, next install');
    expect(describePosition(positionAt(seed, at('10:00')))).toBe('install, 20 min, next demo');
    expect(describePosition(positionAt(seed, at('10:20')))).toBe('demo, 10 min, next short');
  });

  it('counts fractions of a minute', () => {
    const position = positionAt(seed, at('14:59') + 0.5);
    expect(position).toMatchObject({ phase: 'during', msLeft: 30_000, next: undefined });
  });

  it('says the class is over at its end', () => {
    expect(positionAt(seed, at('15:00'))).toEqual({ phase: 'after' });
    expect(positionAt(seed, at('18:00'))).toEqual({ phase: 'after' });
  });

  it('counts down to lunch within a block lunch interrupts', () => {
    expect(describePosition(positionAt(withLunch, at('11:55')))).toBe('long, 5 min, next break');
    expect(describePosition(positionAt(withLunch, at('12:30')))).toBe('break, 30 min, next long');
  });

  it('walks a whole simulated day and always names the right block', () => {
    for (let minutes = at('09:00'); minutes < at('15:00'); minutes += 5) {
      const position = positionAt(seed, minutes);
      if (position.phase !== 'during' || !('blockId' in position.item)) throw new Error(`no block at ${minutes}`);
      const { blockId } = position.item;
      const block = seed.blocks.find((b) => b.id === blockId);
      expect(block && minutes >= block.start && minutes < block.end).toBe(true);
      expect(position.msLeft).toBe((position.item.end - minutes) * 60_000);
    }
  });
});

describe('minutesAhead', () => {
  it('is zero while the clock is inside the block on screen', () => {
    expect(minutesAhead(seed, 'install', at('10:00'))).toBe(0);
  });

  it('is positive when the deck shows a block before its time', () => {
    expect(minutesAhead(seed, 'demo', at('10:05'))).toBe(15);
  });

  it('is negative when the deck still shows a block after its time', () => {
    expect(minutesAhead(seed, 'lecture', at('10:00'))).toBe(-10);
  });

  it('does not count break time', () => {
    expect(minutesAhead(withLunch, 'planning-lecture', at('11:55'))).toBe(65);
    expect(minutesAhead(withLunch, 'short', at('13:10'))).toBe(-80);
  });

  it('is undefined for a block that is not on the schedule', () => {
    expect(minutesAhead(seed, 'nope', at('10:00'))).toBeUndefined();
  });
});
