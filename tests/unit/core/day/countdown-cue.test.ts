import { describe, expect, it } from 'vitest';
import { computeSchedule, formatDurationMs } from '../../../../src/core/agenda';
import { countdownCue, spokenCountdown, spokenDuration } from '../../../../src/core/day/countdown-cue';
import { countdownState, type PauseAt } from '../../../../src/core/day/countdown-state';
import { countdownText } from '../../../../src/core/day/countdown-text';
import { at, scheduleOf, seedDay } from '../agenda/fixtures';

const day = scheduleOf(computeSchedule(seedDay));
const install = { kind: 'block', blockId: 'install' } as const;
const state = (minutes: number, pause?: PauseAt) => countdownState(day, install, minutes, pause);

/** A countdown watched once a second from `from` to `to` (clock "HH:MM"): the ticks a cue was heard at. */
function cuesBetween(from: string, to: string, pause?: PauseAt): { clock: string; cue: string }[] {
  const heard: { clock: string; cue: string }[] = [];
  let before: ReturnType<typeof state> | undefined;
  for (let s = at(from) * 60; s <= at(to) * 60; s++) {
    const after = state(s / 60, pause);
    const cue = countdownCue(before, after);
    if (cue)
      heard.push({
        clock: `${String(Math.floor(s / 3600))}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`,
        cue,
      });
    before = after;
  }
  return heard;
}

describe('countdownCue', () => {
  it('announces a running block three times in 20 minutes, a second at a time: 5 and 1 minutes left, and time up', () => {
    // install runs 10:00–10:20 in the seed day.
    expect(cuesBetween('10:00', '10:21')).toEqual([
      { clock: '10:15:00', cue: 'minutes' },
      { clock: '10:19:00', cue: 'minutes' },
      { clock: '10:20:00', cue: 'over' },
    ]);
  });

  it('says nothing on arrival, nothing while paused, nothing before the block starts', () => {
    expect(countdownCue(undefined, state(at('10:15')))).toBeUndefined();
    expect(cuesBetween('10:10', '10:21', { blockId: 'install', minutes: at('10:10') })).toEqual([]);
    expect(cuesBetween('09:50', '09:59')).toEqual([]);
  });

  it('announces once when the clock jumps past both cues', () => {
    expect(countdownCue(state(at('10:10')), state(at('10:19') + 0.5))).toBe('minutes');
    expect(countdownCue(state(at('10:16')), state(at('10:17')))).toBeUndefined();
  });
});

describe('spokenCountdown', () => {
  const words = (minutes: number) => {
    const s = state(minutes);
    return spokenCountdown(s, countdownText(s, { title: 'Install Docker', gap: false, classEnd: day.end }));
  };

  it('says the time left in words, with the end and what comes next', () => {
    expect(words(at('10:15'))).toBe('Install Docker: 5 minutes left. ends 10:20. Next: Container Demo at 10:20.');
    expect(words(at('10:19') + 0.5)).toBe('Install Docker: 30 seconds left. ends 10:20. Next: Container Demo at 10:20.');
    expect(words(at('10:21'))).toBe(
      `Install Docker: Time's up. over by ${formatDurationMs(60_000)} · ended 10:20. Next: Container Demo at 10:20.`,
    );
  });

  it('rounds a time left up, as the slide counts', () => {
    expect(spokenDuration(60_000)).toBe('1 minute');
    expect(spokenDuration(60_001)).toBe('2 minutes');
    expect(spokenDuration(1_000)).toBe('1 second');
  });
});
