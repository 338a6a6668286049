import { describe, expect, it } from 'vitest';
import { planDay } from '../../../../src/core/agenda/day';
import { hudLines, type Moment } from '../../../../src/features/presenter/hud-state';
import { speakerTimes, type TimeCell } from '../../../../src/features/presenter/speaker-times';
import { at } from '../../core/agenda/fixtures';
import { SEED_DECK } from './fixtures';

const day = planDay(SEED_DECK, {
  start: at('09:00'),
  end: at('15:00'),
  now: undefined,
  date: undefined,
  breaks: [{ start: at('10:00'), end: at('10:15'), title: 'Coffee' }],
});
const moment = (clock: string, shown: Moment['shown']): Moment => ({ minutes: at(clock), shown });
const cell = (c: TimeCell) => `${c.label} | ${c.value} | ${c.detail}${c.alert ? ' !' : ''}`;
const cells = (times: ReturnType<typeof speakerTimes>) => ({ clock: cell(times.clock), left: cell(times.left), pace: cell(times.pace) });

describe('speakerTimes', () => {
  it('reads the class clock, the block by the clock with its time left, and the slide on screen against its share', () => {
    // The practice's countdown slide after the coffee break: the copy (part 1) that the break split off.
    expect(cells(speakerTimes(day, moment('10:20', { blockId: 'install', slide: 1, part: 1 }), 125_400))).toEqual({
      clock: 'Clock | 10:20 | class ends 15:00',
      left: 'Time left | 15 min 00 s | Install Docker · until 10:35',
      pace: 'This slide · Install Docker | 2 min 05 s of 20 min 00 s | lecture on plan',
    });
  });

  it('names a rehearsal clock as such, so its changes are not taken for the class', () => {
    expect(cells(speakerTimes(day, moment('10:20', undefined), 0, 'Wed 10 Sept', 'rehearsal')).clock).toBe(
      'Rehearsal clock · Wed 10 Sept | 10:20 | class ends 15:00',
    );
    expect(cells(speakerTimes(day, moment('10:20', undefined), 0, 'Wed 10 Sept', 'class')).clock).toBe(
      'Clock · Wed 10 Sept | 10:20 | class ends 15:00',
    );
  });

  it('flags a lecture behind its plan and a slide over its share', () => {
    expect(cells(speakerTimes(day, moment('09:56', { blockId: 'lecture', slide: 1 }), 1_900_000)).pace).toBe(
      'This slide · VMs vs Docker | 31 min 40 s of 30 min 00 s | over its share · lecture 6 min behind !',
    );
  });

  it('speaks of before and after class, and of a slide the plan does not know', () => {
    expect(cells(speakerTimes(day, moment('08:50', { blockId: 'lecture', slide: 0 }), 0)).left).toBe(
      'Class starts in | 10 min 00 s | at 09:00',
    );
    expect(cells(speakerTimes(day, moment('15:10', undefined), 0)).left).toBe('Class | over | ended 15:00');
    expect(cells(speakerTimes(day, moment('09:10', { blockId: 'gone', slide: 0 }), 61_000)).pace).toBe(
      'This slide | 1 min 01 s | not on today’s plan',
    );
  });

  it('never disagrees with the HUD: the same clock, time left and pace at every minute of the day', () => {
    const slides = [
      { blockId: 'lecture', slide: 1 },
      { blockId: 'install', slide: 1 },
      { gapTitle: 'Coffee', start: at('10:00'), end: at('10:15') },
    ];
    for (let minutes = at('08:30'); minutes <= at('15:30'); minutes += 7.25) {
      for (const shown of slides) {
        const now = { minutes, shown };
        const times = speakerTimes(day, now, 0);
        const hud = Object.fromEntries(hudLines(day, now).map((line) => [line.id, line.value]));
        expect(hud.clock).toBe(`${times.clock.value} · ${times.clock.detail}`);
        if (times.left.label === 'Time left') expect(hud.now).toContain(`${times.left.value} left`);
        expect(times.pace.detail).toContain(hud.shown?.split(' · ').at(-1));
      }
    }
  });
});
