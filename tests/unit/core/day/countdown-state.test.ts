import { describe, expect, it } from 'vitest';
import { computeSchedule, type Schedule } from '../../../../src/core/agenda';
import { countdownState, pauseAt, timeLeftAt } from '../../../../src/core/day/countdown-state';
import { at, scheduleOf, seedDay } from '../agenda/fixtures';

const seed: Schedule = scheduleOf(computeSchedule(seedDay));
const lunch: Schedule = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('12:00'), end: at('13:00') }] }));
const install = { kind: 'block', blockId: 'install' } as const;
const MIN = 60_000;

describe('countdownState: a block (Install Docker, 09:50–10:20)', () => {
  it('counts down to the block end while it runs', () => {
    expect(countdownState(seed, install, at('10:00'))).toMatchObject({
      phase: 'running',
      msLeft: 20 * MIN,
      until: at('10:20'),
      endsAt: at('10:20'),
      warn: false,
      paused: false,
      next: { title: 'Container Demo', start: at('10:20') },
    });
  });

  it('warns from five minutes before the end', () => {
    expect(countdownState(seed, install, at('10:15') - 1 / 60)).toMatchObject({ phase: 'running', warn: false });
    expect(countdownState(seed, install, at('10:15'))).toMatchObject({ phase: 'running', warn: true, msLeft: 5 * MIN });
  });

  it('says how long it is over once the end has passed', () => {
    expect(countdownState(seed, install, at('10:20'))).toMatchObject({ phase: 'over', msOver: 0 });
    expect(countdownState(seed, install, at('10:27') + 0.5)).toMatchObject({ phase: 'over', msOver: 7.5 * MIN, endsAt: at('10:20') });
  });

  it('says when it starts while the deck is ahead of the clock', () => {
    expect(countdownState(seed, install, at('09:30'))).toEqual({
      phase: 'before',
      title: 'Install Docker',
      msLeft: 20 * MIN,
      startsAt: at('09:50'),
      resumes: false,
      endsAt: at('10:20'),
    });
  });

  it('freezes at the moment a pause on it began', () => {
    const pause = { blockId: 'install', minutes: at('10:05') };
    expect(countdownState(seed, install, at('10:40'), pause)).toMatchObject({ phase: 'running', msLeft: 15 * MIN, paused: true });
    expect(countdownState(seed, { kind: 'block', blockId: 'demo' }, at('10:40'), pause)).toMatchObject({ phase: 'over' });
  });

  it('names what it counts down to from the same schedule items as its times: a block, or a break by its clock times', () => {
    const lunch = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('12:00'), end: at('13:00'), title: 'Lunch' }] }));
    expect(countdownState(lunch, install, at('10:00'))).toMatchObject({ title: 'Install Docker' });
    expect(countdownState(lunch, { kind: 'gap', start: at('12:00'), end: at('13:00') }, at('12:30'))).toMatchObject({ title: 'Lunch' });
  });

  it('is unscheduled for a block the day has no room for', () => {
    expect(countdownState(seed, { kind: 'block', blockId: 'gone' }, at('10:00'))).toEqual({ phase: 'unscheduled' });
  });
});

describe('countdownState: around a break', () => {
  const long = { kind: 'block', blockId: 'long' } as const;

  it('counts a block down to the break that interrupts it, and keeps its own end', () => {
    expect(countdownState(lunch, long, at('11:58'))).toMatchObject({
      phase: 'running',
      msLeft: 2 * MIN,
      until: at('12:00'),
      endsAt: at('14:00'),
      breakAt: { kind: 'break', start: at('12:00') },
      warn: true,
    });
  });

  it('says when the block resumes during the break, then counts to its end', () => {
    expect(countdownState(lunch, long, at('12:30'))).toMatchObject({ phase: 'before', startsAt: at('13:00'), resumes: true });
    expect(countdownState(lunch, long, at('13:30'))).toMatchObject({ phase: 'running', until: at('14:00'), breakAt: undefined });
  });

  it('counts the break itself down to when class resumes', () => {
    const pause = { kind: 'gap', start: at('12:00'), end: at('13:00') } as const;
    expect(countdownState(lunch, pause, at('12:10'))).toMatchObject({
      phase: 'running',
      msLeft: 50 * MIN,
      until: at('13:00'),
      next: { title: 'Container Fun', start: at('13:00') },
    });
  });
});

describe('pauseAt', () => {
  it('turns the stored start of a pause into minutes of the day', () => {
    expect(pauseAt({ blockId: 'a', since: new Date(2025, 0, 1, 10, 5, 30).getTime() })).toEqual({
      blockId: 'a',
      minutes: at('10:05') + 0.5,
    });
    expect(pauseAt(undefined)).toBeUndefined();
    // Corrupt storage: a pause at no real time is no pause, rather than a countdown reading NaN:NaN.
    expect(pauseAt({ blockId: 'a', since: 1e300 })).toBeUndefined();
    expect(pauseAt({ blockId: 'a', since: 0 })).toBeUndefined();
  });
});

describe('timeLeftAt: where every "time left" reads during a pause', () => {
  it('stands at the pause’s start while its block is held, and runs with the clock otherwise', () => {
    const pause = { blockId: 'install', minutes: at('10:00') };
    expect(timeLeftAt(seed, at('10:07'), pause)).toBe(at('10:00'));
    expect(timeLeftAt(seed, at('10:07'), undefined)).toBe(at('10:07'));
    expect(timeLeftAt(seed, at('10:07'), { blockId: 'container-demo', minutes: at('10:00') })).toBe(at('10:07'));
  });
});
