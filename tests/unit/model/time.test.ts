import { describe, expect, it } from 'vitest';
import { formatClock, formatDurationMs, formatLengthMinutes, formatSpan, parseClock, parseDate } from '../../../src/core/agenda';
import { isoDate } from '../../../src/model/time';

describe('parseClock', () => {
  it('reads H:MM and HH:MM as minutes since midnight', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(1439);
  });

  it.each(['25:99', '24:00', '12:60', '9', 'abc', '', '9:5', '09:000', '123:00', ' 09:00', '-1:00', '09.00'])('rejects %j', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });
});

describe('formatClock', () => {
  it('pads hours and minutes and drops seconds', () => {
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(649.99)).toBe('10:49');
  });

  it('formats a span with an en dash', () => {
    expect(formatSpan(720, 780)).toBe('12:00–13:00');
  });
});

describe('formatDurationMs', () => {
  it('counts down in minutes and seconds below an hour, with units: never read as a time of day', () => {
    expect(formatDurationMs(29 * 60_000 + 59_000)).toBe('29 min 59 s');
    expect(formatDurationMs(5 * 60_000)).toBe('5 min 00 s');
  });

  it('shows hours when there are any', () => {
    expect(formatDurationMs((3600 + 2 * 60 + 3) * 1000)).toBe('1 h 02 min 03 s');
  });

  it('rounds up, so 0 s means the time is really up', () => {
    expect(formatDurationMs(1)).toBe('1 s');
    expect(formatDurationMs(59_001)).toBe('1 min 00 s');
    expect(formatDurationMs(0)).toBe('0 s');
    expect(formatDurationMs(-400)).toBe('0 s');
  });

  it('shows an overrun with a minus sign', () => {
    expect(formatDurationMs(-5000)).toBe('-5 s');
  });
});

describe('formatLengthMinutes', () => {
  it('says minutes, and seconds when there are any', () => {
    expect(formatLengthMinutes(45)).toBe('45 min');
    expect(formatLengthMinutes(49 + 50 / 60)).toBe('49 min 50 s');
    expect(formatLengthMinutes(0.5)).toBe('30 s');
    expect(formatLengthMinutes(-5)).toBe('-5 min');
  });
});

describe('isoDate and parseDate', () => {
  it('writes the local calendar day, also a minute before and after midnight', () => {
    expect(isoDate(new Date(2025, 8, 4, 23, 59))).toBe('2025-09-04');
    expect(isoDate(new Date(2025, 8, 5, 0, 1))).toBe('2025-09-05');
    expect(isoDate(new Date(2026, 0, 1))).toBe('2026-01-01');
  });

  it('writes the UTC day when asked, whatever the local time zone', () => {
    expect(isoDate(new Date(Date.UTC(2025, 11, 31, 23, 30)), 'UTC')).toBe('2025-12-31');
    expect(isoDate(new Date(Date.UTC(999, 0, 2)), 'UTC')).toBe('0999-01-02');
  });

  it('accepts only real calendar days', () => {
    expect(parseDate('2025-09-04')).toBe('2025-09-04');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2025-02-29')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('2025-9-4')).toBeUndefined();
  });
});
