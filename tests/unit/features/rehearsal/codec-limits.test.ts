import { describe, expect, it } from 'vitest';
import { LIMITS, parseRuns } from '../../../../src/features/rehearsal/codec';
import { aRun, T0 } from './fixtures';

const error = (value: unknown): string => {
  const parsed = parseRuns(typeof value === 'string' ? value : JSON.stringify(value));
  return parsed.ok ? 'accepted' : parsed.error;
};

describe('parseRuns refuses what no rehearsal holds', () => {
  it('accepts a real run', () => {
    expect(error(aRun('a'))).toBe('accepted');
  });

  it('refuses a file over 2 MB before parsing it', () => {
    const text = `[${' '.repeat(LIMITS.importBytes)}]`;
    expect(error(text)).toBe('the file is 2.0 MB; a rehearsal file is at most 2.0 MB');
  });

  it('refuses a run of more than 5,000 slides with a message, not a stack overflow', () => {
    const run = aRun('a');
    const slide = (i: number) => ({ slide: `${i}/0`, blockId: 'x', title: '', seconds: 1 });
    expect(error({ ...run, slides: Array.from({ length: 5001 }, (_, i) => slide(i)) })).toBe(
      'run.slides should be at most 5000 entries, found "5001 entries"',
    );
    // 412,000 slides cannot even get that far: the file is over the size cap.
    expect(error({ ...run, slides: Array.from({ length: 412_000 }, (_, i) => slide(i)) })).toMatch(/^the file is \d+\.\d MB/);
    const slideMs = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`${i}/0`, 1]));
    expect(error({ ...run, slideMs })).toMatch(/^run\.slideMs should be at most 5000 entries/);
  });

  it('refuses times outside 2000–2100 and durations of a day or more', () => {
    expect(error({ ...aRun('a'), startedAt: 0 })).toMatch(/^run\.startedAt should be a time between 2000 and 2100/);
    expect(error({ ...aRun('a'), startedAt: 8.64e15, endedAt: 8.64e15 })).toMatch(/^run\.startedAt should be a time between/);
    expect(error({ ...aRun('a'), endedAt: T0 + LIMITS.dayMs })).toMatch(/^run\.endedAt should be within a day after startedAt/);
    expect(error({ ...aRun('a'), slideMs: { '0/0': LIMITS.dayMs } })).toMatch(/^run\.slideMs\.0\/0 should be less than a day/);
    expect(error({ ...aRun('a'), pausedMs: 1e300 })).toMatch(/^run\.pausedMs should be less than a day/);
  });
});
