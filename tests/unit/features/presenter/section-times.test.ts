import { describe, expect, it } from 'vitest';
import type { TimedEntry } from '../../../../src/core/agenda';
import { sectionTimes, type SectionKey } from '../../../../src/features/presenter/section-times';
import { at } from '../../core/agenda/fixtures';

const slide = (blockId: string, index: number, seconds: number): TimedEntry => ({ kind: 'slide', blockId, slide: index, seconds });
const gap = (kind: 'break' | 'free', start: string, end: string): TimedEntry => ({
  kind: 'gap',
  item: { kind, title: kind, start: at(start), end: at(end) },
  seconds: (at(end) - at(start)) * 60,
});
const keyOf = (entry: TimedEntry): SectionKey =>
  entry.kind === 'slide'
    ? { kind: 'slide', blockId: entry.blockId, slide: entry.slide, part: entry.part ?? 0 }
    : { kind: 'gap', gap: entry.item.kind, start: entry.item.start, end: entry.item.end };

describe('sectionTimes', () => {
  it('matches slides by block and place, breaks by their clock times', () => {
    const before = [slide('a', 0, 60), slide('a', 1, 600), gap('break', '12:00', '13:00'), slide('b', 0, 900)];
    const after = [slide('a', 0, 60), slide('a', 1, 900), gap('break', '12:00', '13:00'), slide('b', 0, 600)];
    expect(sectionTimes(before.map(keyOf), after).seconds).toEqual([60, 900, 3600, 600]);
  });

  it('matches each part of a countdown slide a break splits', () => {
    const part = (index: number, seconds: number): TimedEntry => ({ kind: 'slide', blockId: 'a', slide: 0, seconds, part: index });
    const before = [part(0, 600), gap('break', '12:00', '13:00'), part(1, 900)];
    const after = [part(0, 300), gap('break', '12:00', '13:00'), part(1, 900), gap('free', '13:15', '13:20')];
    expect(sectionTimes(before.map(keyOf), after).seconds).toEqual([300, 3600, 1200]);
  });

  it('moves free time to where the new plan has it', () => {
    const sections = [slide('a', 0, 600), gap('free', '09:10', '10:00')].map(keyOf);
    const result = sectionTimes(sections, [slide('a', 0, 900), gap('free', '09:15', '10:00')]);
    expect(result.seconds).toEqual([900, 2700]);
    expect(result.gaps[1]).toMatchObject({ start: at('09:15'), end: at('10:00') });
  });

  it('gives time with no slide of its own to the slide before it, so the total stays the class', () => {
    const sections = [slide('a', 0, 600), slide('b', 0, 600)].map(keyOf);
    const after = [slide('a', 0, 300), slide('b', 0, 600), gap('free', '09:15', '09:20')];
    const { seconds } = sectionTimes(sections, after);
    expect(seconds).toEqual([300, 900]);
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(after.reduce((sum, e) => sum + e.seconds, 0));
  });

  it('gives leading time with no slide to the first slide that has one', () => {
    expect(sectionTimes([slide('a', 0, 60)].map(keyOf), [gap('free', '09:00', '09:05'), slide('a', 0, 60)]).seconds).toEqual([360]);
  });
});
