import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule, nearestSaneSchedule } from '../../../../src/core/agenda';
import { layOutTimeline, MAX_LABEL_ROWS, placeLabels, TIMELINE } from '../../../../src/features/presenter/timeline-layout';
import { ITEM_KIND_TABLE } from '../../../../src/model/kinds';
import { at, scheduleOf, seedDay } from '../../core/agenda/fixtures';

interface Placed {
  anchor: number;
  width: number;
  row: number;
  side: 'left' | 'right';
}

const box = (p: Placed): [number, number] =>
  p.side === 'right'
    ? [p.anchor + TIMELINE.pad, p.anchor + TIMELINE.pad + p.width]
    : [p.anchor - TIMELINE.pad - p.width, p.anchor - TIMELINE.pad];

/** Overlaps and labels sitting on another label's leader: what the layout promises never to produce. */
function clashes(placed: readonly Placed[], width: number): string[] {
  const found: string[] = [];
  placed.forEach((a, i) => {
    const [from, to] = box(a);
    if (from < 0 || to > width) found.push(`label ${i} leaves the slide`);
    placed.forEach((b, j) => {
      if (i === j) return;
      const [bFrom, bTo] = box(b);
      if (a.row === b.row && from < bTo + TIMELINE.gap && bFrom < to + TIMELINE.gap) found.push(`labels ${i} and ${j} overlap`);
      if (a.row < b.row && b.anchor >= from - TIMELINE.pad && b.anchor <= to + TIMELINE.pad) found.push(`label ${i} sits on leader ${j}`);
    });
  });
  return found;
}

describe('layOutTimeline: the seed day', () => {
  const layout = layOutTimeline(scheduleOf(computeSchedule(seedDay)));

  it("names each block's kind in words beside its time, not by its bar's colour alone", () => {
    for (const label of layout.labels) {
      const bar = layout.bars.find((b) => b.group === label.group);
      expect(label.time, label.group).toMatch(new RegExp(` · ${ITEM_KIND_TABLE[bar?.kind ?? 'free'].label.toLowerCase()}$`));
    }
  });

  it('draws one bar per item, on a clock-time axis across the width', () => {
    expect(layout.bars.map((b) => b.group)).toEqual(['lecture', 'install', 'demo', 'short', 'long', 'planning-lecture', 'planning']);
    expect(layout.x(at('09:00'))).toBe(0);
    expect(layout.x(at('15:00'))).toBe(TIMELINE.width);
    expect(layout.ticks.map((t) => t.text)).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00']);
  });

  it('labels each block with its title and start time, inside the bar when it fits', () => {
    const long = layout.labels.find((l) => l.group === 'long');
    expect(long).toMatchObject({ title: 'Container Fun', time: '10:50 · practice', row: undefined });
    const demo = layout.labels.find((l) => l.group === 'demo');
    expect(demo).toMatchObject({ title: 'Container Demo', time: '10:20 · demo' });
    expect(demo?.row).toBeGreaterThanOrEqual(0);
  });

  it('hangs the other labels without clashes, at 18px or more', () => {
    const hanging = layout.labels.flatMap((l) => (l.row === undefined ? [] : [{ ...l, row: l.row }]));
    expect(clashes(hanging, TIMELINE.width)).toEqual([]);
    expect(Math.min(TIMELINE.titleSize, TIMELINE.timeSize, TIMELINE.tickSize)).toBeGreaterThanOrEqual(18);
    expect(layout.height).toBeLessThanOrEqual(420);
  });

  it('shows a break as a bar of its own, and a block it interrupts as two', () => {
    const lunch = layOutTimeline(scheduleOf(computeSchedule({ ...seedDay, breaks: [{ start: at('12:00'), end: at('13:00') }] })));
    expect(lunch.bars.filter((b) => b.group === 'long').map((b) => b.key)).toEqual(['long#0', 'long#1']);
    expect(lunch.bars.find((b) => b.kind === 'break')).toMatchObject({ start: at('12:00'), end: at('13:00') });
    expect(lunch.labels.filter((l) => l.group === 'long')).toHaveLength(1);
  });
});

describe('placeLabels', () => {
  // Leaders closer than a label's padding cannot both stay clear; bars of five minutes or more are farther apart.
  it('never overlaps labels or covers a leader, for leaders at least 16 units apart', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ anchor: fc.integer({ min: 0, max: 75 }), width: fc.integer({ min: 40, max: 300 }) }), {
          maxLength: 7,
          selector: (label) => label.anchor,
        }),
        (wanted) => {
          const labels = wanted.map((l) => ({ ...l, anchor: l.anchor * 16 })).sort((a, b) => a.anchor - b.anchor);
          const spots = placeLabels(labels, 1200);
          const placed = labels.map((l, i) => ({ ...l, row: spots[i]?.row ?? 0, side: spots[i]?.side ?? 'right' }));
          // The fallback (one row each) is allowed to leave the slide only when the search found nothing.
          const clash = clashes(placed, 1200);
          return clash.length === 0 || clash.every((c) => c.endsWith('leaves the slide'));
        },
      ),
    );
  });
});

describe('placeLabels on a crowded day', () => {
  // 200 labels 6 units apart: far more than rows can keep apart. The search must stay linear (a backtracking
  // search froze the deck for minutes at 25 breaks), so count the spots tried rather than time them.
  const crowd = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ anchor: 3 + (i * 1194) / count, width: 60 + ((i * 37) % 140) }));

  it('tries a bounded number of spots per label, and keeps to the rows the slide has', () => {
    for (const count of [25, 200]) {
      const stats = { candidates: 0 };
      const spots = placeLabels(crowd(count), 1200, stats);
      expect(spots).toHaveLength(count);
      expect(stats.candidates / count).toBeLessThanOrEqual(9 * 2 * MAX_LABEL_ROWS);
      expect(Math.max(...spots.map((s) => s.row))).toBeLessThan(MAX_LABEL_ROWS);
    }
  });

  it('lays out a day of 25 five-minute breaks', () => {
    const breaks = Array.from({ length: 25 }, (_, i) => ({ start: at('08:20') + i * 25, end: at('08:25') + i * 25 }));
    const { schedule } = nearestSaneSchedule({ ...seedDay, start: at('08:00'), end: at('20:00'), breaks });
    const layout = layOutTimeline(schedule);
    expect(layout.rows).toBeLessThanOrEqual(MAX_LABEL_ROWS);
  });
});
