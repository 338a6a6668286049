import { describe, expect, it } from 'vitest';
import { computeSchedule, type Schedule } from '../../../../src/core/agenda';
import { studentNow } from '../../../../src/features/student/now';
import { at, scheduleOf, seedDay } from '../../core/agenda/fixtures';

const seed: Schedule = scheduleOf(computeSchedule(seedDay));
// Lunch falls inside Container Fun (10:50 onwards), which it splits in two.
const lunch: Schedule = scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('12:00'), end: at('12:30'), title: 'Lunch' }] }));

describe('studentNow: what the header says by the class clock', () => {
  it('before class: when it starts', () => {
    expect(studentNow(seed, at('08:30'))).toMatchObject({
      phase: 'before-class',
      blockId: undefined,
      main: 'starts at 09:00',
      label: 'in 30 min 00 s',
      next: 'Next: VMs vs Docker at 09:00',
    });
  });

  it('in the lecture: its countdown and what comes next', () => {
    expect(studentNow(seed, at('09:20'))).toMatchObject({
      phase: 'running',
      index: 0,
      blockId: 'lecture',
      kind: 'lecture',
      title: 'VMs vs Docker',
      main: '30 min 00 s',
      label: 'left · ends 09:50',
      next: 'Next: Install Docker at 09:50',
    });
  });

  it('in a practice: the block, so the page can show its tasks', () => {
    expect(studentNow(seed, at('10:16'))).toMatchObject({ phase: 'warn', blockId: 'install', kind: 'practice', main: '4 min 00 s' });
  });

  it('says the header in one sentence for the status region, and gives the count its cues are judged on', () => {
    const now = studentNow(seed, at('10:16'));
    expect(now.spoken).toBe('Install Docker: 4 minutes left. ends 10:20. Next: Container Demo at 10:20.');
    expect(now.countdown).toMatchObject({ phase: 'running', msLeft: 4 * 60_000 });
    expect(studentNow(seed, at('08:30')).countdown).toBeUndefined();
  });

  it('in a practice a break interrupts: counts to the break, then the break counts to class resuming', () => {
    expect(studentNow(lunch, at('11:50'))).toMatchObject({ blockId: 'long', main: '10 min 00 s', label: 'left · lunch at 12:00' });
    expect(studentNow(lunch, at('12:10'))).toMatchObject({
      phase: 'running',
      blockId: undefined,
      kind: 'break',
      title: 'Lunch',
      main: '20 min 00 s',
      label: 'left · class resumes at 12:30',
    });
    expect(studentNow(lunch, at('12:30'))).toMatchObject({ blockId: 'long', kind: 'practice' });
  });

  it('a pause for questions freezes the count, in words for students', () => {
    const now = studentNow(seed, at('10:10'), { blockId: 'install', minutes: at('10:05') });
    expect(now).toMatchObject({ phase: 'paused', main: '15 min 00 s', label: 'paused for questions' });
  });

  it('after class: that it is over', () => {
    expect(studentNow(seed, at('15:00'))).toMatchObject({ phase: 'after-class', index: undefined, main: 'is over', label: 'ended 15:00' });
  });
});
