import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, rewind, workBetween, type Span } from '../../../../src/core/agenda/spans';

const lunch: Span = { start: 720, end: 780 };

/** Sorted, disjoint breaks: consecutive pairs of distinct points. */
const breaksArb: fc.Arbitrary<Span[]> = fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 8 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const breaks: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) breaks.push({ start: sorted[i] ?? 0, end: sorted[i + 1] ?? 0 });
  return breaks;
});

describe('walking time around breaks', () => {
  it('splits work around a break', () => {
    expect(advance(700, 40, [lunch])).toEqual([
      { start: 700, end: 720 },
      { start: 780, end: 800 },
    ]);
  });

  it('waits for a break to end before starting', () => {
    expect(advance(720, 10, [lunch])).toEqual([{ start: 780, end: 790 }]);
  });

  it('ends right at a break without an empty stretch after it', () => {
    expect(advance(700, 20, [lunch])).toEqual([{ start: 700, end: 720 }]);
  });

  it('rewinds around a break', () => {
    expect(rewind(800, 40, [lunch])).toBe(700);
    expect(rewind(780, 10, [lunch])).toBe(710);
  });

  it('counts work without breaks', () => {
    expect(workBetween(700, 800, [lunch])).toBe(40);
    expect(workBetween(800, 700, [lunch])).toBe(-100);
  });

  it('advance does the work asked, outside breaks; rewind finds where it must start to end at the same time', () => {
    fc.assert(
      fc.property(breaksArb, fc.nat(2000), fc.integer({ min: 1, max: 1000 }), (breaks, from, work) => {
        const spans = advance(from, work, breaks);
        expect(spans.reduce((sum, span) => sum + span.end - span.start, 0)).toBe(work);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(from);
          for (const pause of breaks) expect(span.end <= pause.start || span.start >= pause.end).toBe(true);
        }
        const end = spans.at(-1)?.end ?? from;
        const start = rewind(end, work, breaks);
        expect(advance(start, work, breaks).at(-1)?.end).toBe(end);
        expect(workBetween(start, end, breaks)).toBe(work);
      }),
    );
  });
});
