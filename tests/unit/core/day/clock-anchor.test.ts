import { describe, expect, it } from 'vitest';
import { minutesOfDay } from '../../../../src/core/agenda';
import { createDay } from '../../../../src/platform/create-day';
import { anchorOffset, parseClockAnchor } from '../../../../src/core/day/clock-anchor';
import { manualClock, memory, SEED_DECK } from '../../features/presenter/fixtures';
import { at } from '../agenda/fixtures';
import { readPageParams } from '../../../../src/platform/params';

describe('the rehearsal clock shared with the speaker view', () => {
  it('puts the asked time at the moment the anchor was made', () => {
    const made = new Date('2025-09-10T20:15:00').getTime();
    expect(minutesOfDay(new Date(made + anchorOffset({ now: at('09:00'), at: made })))).toBe(at('09:00'));
    expect(parseClockAnchor({ now: 540, at: 1 })).toEqual({ now: 540, at: 1 });
    expect(parseClockAnchor({ now: '9' })).toBeUndefined();
  });

  it('runs the speaker view copies from the projector deck start, not their own', () => {
    const clock = manualClock('2025-09-10T20:00:00');
    const { storage } = memory();
    const projector = createDay({ deck: SEED_DECK, params: readPageParams('?now=09:00'), storage, clock });
    clock.advance(10);
    const speaker = createDay({ deck: SEED_DECK, params: readPageParams('?now=09:00&receiver'), storage, clock });
    expect(minutesOfDay(speaker.clock.now())).toBe(at('09:10'));
    expect(minutesOfDay(projector.clock.now())).toBe(at('09:10'));
  });

  it('starts a speaker copy on its own when no projector deck stored an anchor', () => {
    const clock = manualClock('2025-09-10T20:00:00');
    const speaker = createDay({ deck: SEED_DECK, params: readPageParams('?now=09:00&receiver'), storage: memory().storage, clock });
    expect(minutesOfDay(speaker.clock.now())).toBe(at('09:00'));
  });
});
