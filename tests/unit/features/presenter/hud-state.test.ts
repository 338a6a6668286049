import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../../src/core/agenda';
import { hudLines, type Moment } from '../../../../src/features/presenter/hud-state';
import { at, scheduleOf, seedDay } from '../../core/agenda/fixtures';

const seed = scheduleOf(computeSchedule(seedDay));
/** Without slide entries the plan gives each block's slide the whole block: the pace of the block. */
const plan = { schedule: seed, entries: [] };
const lines = (clock: string, shown: Moment['shown'], pause?: Moment['pause']) => hudLines(plan, { minutes: at(clock), shown, pause });
const text = (lines: ReturnType<typeof hudLines>) => lines.map((l) => `${l.label}: ${l.value}${l.alert ? ' !' : ''}`);

describe('hudLines', () => {
  it('gives the clock, the block by the clock with its time left, and the pace of the block on screen', () => {
    expect(text(lines('10:10', { blockId: 'demo' }))).toEqual([
      'Clock: 10:10 · class ends 15:00',
      'Now: Install Docker · 10 min 00 s left',
      'On screen: Container Demo · 10 min ahead',
    ]);
  });

  it('flags a deck behind the plan', () => {
    expect(text(lines('10:30', { blockId: 'install' }))[2]).toBe('On screen: Install Docker · 10 min behind !');
    expect(text(lines('10:05', { blockId: 'install' }))[2]).toBe('On screen: Install Docker · on plan');
  });

  it('speaks of before and after class, breaks on screen and a pause', () => {
    expect(text(lines('08:50', undefined))[1]).toBe('Now: before class · starts 09:00 (in 10 min 00 s)');
    expect(text(lines('15:30', undefined))[1]).toBe('Now: class is over (ended 15:00)');
    expect(text(lines('12:00', { gapTitle: 'Lunch' }))[2]).toBe('On screen: Lunch');
    expect(text(lines('10:03', undefined, { blockId: 'install', minutes: at('10:00') }))[2]).toBe(
      'Paused: Install Docker for 3 min 00 s · Q resumes !',
    );
  });
});
