import { describe, expect, it } from 'vitest';
import { formatDelta, formatHours, formatPace } from '../../../../src/core/day/format';

describe('format', () => {
  it('formatHours: hours and minutes a room reads at a glance', () => {
    expect(formatHours(190)).toBe('3 h 10 min');
    expect(formatHours(120)).toBe('2 h');
    expect(formatHours(44.6)).toBe('45 min');
    expect(formatHours(-5)).toBe('5 min');
  });

  it('formatPace: ahead, behind, or on plan within a minute', () => {
    expect(formatPace(14)).toBe('14 min ahead');
    expect(formatPace(-75)).toBe('1 h 15 min behind');
    expect(formatPace(0.4)).toBe('on plan');
  });

  it('formatDelta: a signed change down to the second', () => {
    expect(formatDelta(5)).toBe('+5 min');
    expect(formatDelta(-5)).toBe('-5 min');
    expect(formatDelta(3.2)).toBe('+3 min 12 s');
    expect(formatDelta(0.5)).toBe('+30 s');
  });
});
