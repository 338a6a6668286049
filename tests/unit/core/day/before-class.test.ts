import { describe, expect, it } from 'vitest';
import { beforeClassLine, changesBeforeClass, classStartMs } from '../../../../src/core/day/before-class';
import type { Schedule } from '../../../../src/core/agenda';

const at = (clock: string): number => new Date(`2025-09-10T${clock}:00`).getTime();
const START = classStartMs('2025-09-10', 13 * 60);
const schedule = { blocks: [{ id: 'intro', title: 'Intro' }] } as unknown as Schedule;

describe('changesBeforeClass', () => {
  it('reads the class start as local time on the class date', () => {
    expect(START).toBe(at('13:00'));
  });

  it('offers changes made before the start once the class has begun, in words', () => {
    const state = { adjustments: { intro: 5, gone: -2.5 }, pause: { blockId: 'intro', since: at('08:40') }, changedAt: at('08:41') };
    expect(changesBeforeClass(state, schedule, START, at('12:59'))).toBeUndefined();
    const offer = changesBeforeClass(state, schedule, START, at('13:00'));
    expect(offer).toEqual({ madeAt: at('08:41'), changes: 'Intro +5 min · gone -2 min 30 s · Intro paused since 08:40' });
    expect(offer && beforeClassLine(offer)).toBe(
      'Changed before class (last at 08:41, a rehearsal?): Intro +5 min · gone -2 min 30 s · Intro paused since 08:40',
    );
  });

  it('offers nothing made during the class, nothing without changes, and nothing when the record does not say when', () => {
    expect(changesBeforeClass({ adjustments: { intro: 5 }, changedAt: at('13:00') }, schedule, START, at('14:00'))).toBeUndefined();
    expect(changesBeforeClass({ adjustments: {}, changedAt: at('08:00') }, schedule, START, at('14:00'))).toBeUndefined();
    expect(changesBeforeClass({ adjustments: { intro: 5 } }, schedule, START, at('14:00'))).toBeUndefined();
  });
});
