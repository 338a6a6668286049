import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../../src/core/agenda';
import { countdownState, type CountdownTarget } from '../../../../src/core/day/countdown-state';
import { countdownText, printedSpan } from '../../../../src/core/day/countdown-text';
import { at, scheduleOf, seedDay } from '../agenda/fixtures';

const lunch = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('12:00'), end: at('13:00') }] }));
const text = (target: CountdownTarget, clock: string, title = 'Install Docker') =>
  countdownText(countdownState(lunch, target, at(clock)), { title, gap: target.kind === 'gap', classEnd: lunch.end });
const install = { kind: 'block', blockId: 'install' } as const;

describe('countdownText', () => {
  // The reliability probe (2026-12-06, D13): touching breaks read "class resumes at 12:30. Next: Break at 12:30".
  it('says another break begins, not that class resumes, when two breaks touch', () => {
    const breaks = [
      { start: at('12:00'), end: at('12:30') },
      { start: at('12:30'), end: at('13:00'), title: 'Lunch' },
    ];
    const touching = scheduleOf(computeSchedule({ ...seedDay, breaks }));
    const first = { kind: 'gap', start: at('12:00'), end: at('12:30') } as const;
    const shown = countdownText(countdownState(touching, first, at('12:10')), { title: 'Break', gap: true, classEnd: touching.end });
    expect(shown.label).toBe('left · lunch begins at 12:30');
    expect(shown.next).toBe('Next: Lunch at 12:30');
  });

  it('reads the time left, the end and what comes next', () => {
    expect(text(install, '10:00')).toEqual({
      phase: 'running',
      main: '20 min 00 s',
      label: 'left · ends 10:20',
      end: '',
      next: 'Next: Container Demo at 10:20',
    });
  });

  it('says the minutes left in words from five minutes before the end', () => {
    expect(text(install, '10:15')).toMatchObject({ phase: 'warn', main: '5 min 00 s', label: '5 min left · ends 10:20' });
    expect(text(install, '10:19')).toMatchObject({ phase: 'warn', label: '1 min left · ends 10:20' });
  });

  it("says time's up and by how much, never a negative count", () => {
    expect(text(install, '10:27')).toMatchObject({ phase: 'over', main: "Time's up", label: 'over by 7 min 00 s · ended 10:20' });
  });

  it('says when the block starts while the deck is ahead', () => {
    expect(text(install, '09:30')).toMatchObject({ phase: 'before', main: 'starts at 09:50', label: 'in 20 min 00 s · ends 10:20' });
  });

  it('counts to a break and shows the block end beside it', () => {
    expect(text({ kind: 'block', blockId: 'long' }, '11:00', 'Container Fun')).toMatchObject({
      main: '1 h 00 min 00 s',
      label: 'left · break at 12:00',
      end: 'Container Fun ends 14:00',
      next: 'Next: Break at 12:00',
    });
    expect(text({ kind: 'block', blockId: 'long' }, '12:30', 'Container Fun')).toMatchObject({ main: 'resumes at 13:00' });
  });

  it('counts a break down to when class resumes', () => {
    expect(text({ kind: 'gap', start: at('12:00'), end: at('13:00') }, '12:10', 'Break')).toMatchObject({
      main: '50 min 00 s',
      label: 'left · class resumes at 13:00',
      next: 'Next: Container Fun at 13:00',
    });
  });

  it('ends the last block of the day with the end of class', () => {
    expect(text({ kind: 'block', blockId: 'planning' }, '14:30')).toMatchObject({ next: 'Class ends at 15:00' });
  });
});

describe('printedSpan', () => {
  it('gives the clock times and the working length', () => {
    expect(printedSpan(at('10:50'), at('14:00'), 190)).toBe('10:50–14:00 · 3 h 10 min');
    expect(printedSpan(at('14:15'), at('15:00'), 45)).toBe('14:15–15:00 · 45 min');
  });
});
