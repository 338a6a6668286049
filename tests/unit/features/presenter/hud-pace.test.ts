import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../../src/core/agenda';
import { planDay } from '../../../../src/core/agenda/day';
import { minutesAheadOf, slideWindow, type SlideWindow } from '../../../../src/features/presenter/hud-pace';
import { at } from '../../core/agenda/fixtures';
import { SEED_DECK } from './fixtures';

/** The seed day with a coffee break inside Install Docker: install 09:50–10:00 and 10:15–10:35. */
const coffee = planDay(SEED_DECK, {
  start: at('09:00'),
  end: at('15:00'),
  now: undefined,
  date: undefined,
  breaks: [{ start: at('10:00'), end: at('10:15'), title: 'Coffee' }],
});
const text = (window: SlideWindow | undefined) => window && `${formatClock(window.start)}–${formatClock(window.end)} ${window.seconds}s`;

describe('slideWindow', () => {
  it('gives each slide of a block its share, in order, from the block start', () => {
    expect(text(slideWindow(coffee.schedule, coffee.entries, { blockId: 'lecture', slide: 0 }))).toBe('09:00–09:20 1200s');
    expect(text(slideWindow(coffee.schedule, coffee.entries, { blockId: 'lecture', slide: 1 }))).toBe('09:20–09:50 1800s');
    expect(text(slideWindow(coffee.schedule, coffee.entries, { blockId: 'install', slide: 0 }))).toBe('09:50–09:52 120s');
  });

  it('times each part of a slide a break splits: the one before the break, and its copy after it', () => {
    expect(text(slideWindow(coffee.schedule, coffee.entries, { blockId: 'install', slide: 1 }))).toBe('09:52–10:00 480s');
    expect(text(slideWindow(coffee.schedule, coffee.entries, { blockId: 'install', slide: 1, part: 1 }))).toBe('10:15–10:35 1200s');
  });

  it('starts a slide that begins where a break begins after the break, and ends the one before it before the break', () => {
    const day = planDay(SEED_DECK, {
      start: at('09:00'),
      end: at('15:00'),
      now: undefined,
      date: undefined,
      breaks: [{ start: at('09:20'), end: at('09:30') }],
    });
    expect(text(slideWindow(day.schedule, day.entries, { blockId: 'lecture', slide: 0 }))).toBe('09:00–09:20 1200s');
    expect(text(slideWindow(day.schedule, day.entries, { blockId: 'lecture', slide: 1 }))).toBe('09:30–10:00 1800s');
  });

  it('gives a block shown without a slide index the whole block, and a break its clock times', () => {
    expect(text(slideWindow(coffee.schedule, coffee.entries, { blockId: 'install' }))).toBe('09:50–10:35 1800s');
    expect(text(slideWindow(coffee.schedule, coffee.entries, { gapTitle: 'Coffee', start: at('10:00'), end: at('10:15') }))).toBe(
      '10:00–10:15 900s',
    );
  });

  it('knows nothing of a slide or block the plan lacks, or a break without times', () => {
    expect(slideWindow(coffee.schedule, coffee.entries, { blockId: 'lecture', slide: 7 })).toBeUndefined();
    expect(slideWindow(coffee.schedule, coffee.entries, { blockId: 'nope', slide: 0 })).toBeUndefined();
    expect(slideWindow(coffee.schedule, coffee.entries, { gapTitle: 'Lunch' })).toBeUndefined();
  });
});

describe('minutesAheadOf', () => {
  const kernels = slideWindow(coffee.schedule, coffee.entries, { blockId: 'lecture', slide: 1 });
  const install = slideWindow(coffee.schedule, coffee.entries, { blockId: 'install', slide: 0 });
  if (!kernels || !install) throw new Error('seed plan lacks its slides');

  it('is 0 inside the slide’s window, positive before it, negative after it', () => {
    expect(minutesAheadOf(coffee.schedule, kernels, at('09:30'))).toBe(0);
    expect(minutesAheadOf(coffee.schedule, kernels, at('09:10'))).toBe(10);
    expect(minutesAheadOf(coffee.schedule, kernels, at('09:55'))).toBe(-5);
  });

  it('leaves break time out', () => {
    // 09:52 to 10:20 is 28 minutes, 15 of them the coffee break.
    expect(minutesAheadOf(coffee.schedule, install, at('10:20'))).toBe(-13);
  });
});
