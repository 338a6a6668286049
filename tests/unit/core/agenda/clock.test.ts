import { describe, expect, it } from 'vitest';
import { clockMinutes, clockStartingAt, minutesOfDay, realClock, type Clock } from '../../../../src/core/agenda';
import { at } from './fixtures';

/** A base clock the test moves by hand. */
function manualClock(start: Date): Clock & { advance(ms: number): void } {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
  };
}

describe('clocks', () => {
  it('reads minutes since midnight with seconds as a fraction', () => {
    expect(minutesOfDay(new Date(2024, 8, 10, 9, 30, 30, 600))).toBeCloseTo(570.51, 10);
  });

  it('the real clock tells the real time', () => {
    const before = Date.now();
    const now = realClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('a rehearsal clock starts at the given time today and then runs in real time', () => {
    const base = manualClock(new Date(2024, 8, 10, 7, 12, 34));
    const clock = clockStartingAt(at('10:15'), base);
    expect(clock.now()).toEqual(new Date(2024, 8, 10, 10, 15));
    expect(clockMinutes(clock)).toBe(at('10:15'));
    base.advance(90_000);
    expect(clockMinutes(clock)).toBe(at('10:16') + 0.5);
  });

  it('a rehearsal clock may start earlier in the day than the real one', () => {
    const base = manualClock(new Date(2024, 8, 10, 22, 0));
    expect(clockStartingAt(at('08:00'), base).now()).toEqual(new Date(2024, 8, 10, 8, 0));
  });
});
