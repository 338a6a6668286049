import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaBlocks,
  computeSchedule,
  nearestSaneSchedule,
  slideTimings,
  type BlockSlides,
  type SlideTime,
  type TimedEntry,
} from '../../../../src/core/agenda';
import { at, lines, scheduleOf } from './fixtures';

const timed = (seconds: number): SlideTime => ({ seconds, countdown: false });
const untimed: SlideTime = { seconds: undefined, countdown: false };
const countdown: SlideTime = { seconds: undefined, countdown: true };

/** The seed day as the slide files give it: the lecture is 10 slides of 3 min and 10 untimed ones (50 min). */
const SOURCES: readonly BlockSlides[] = [
  {
    id: 'lecture',
    title: 'VMs vs Docker',
    kind: 'lecture',
    length: { type: 'slides' },
    slides: [...Array<SlideTime>(10).fill(timed(180)), ...Array<SlideTime>(10).fill(untimed)],
  },
  { id: 'install', title: 'Install Docker', kind: 'practice', length: { type: 'fixed', minutes: 30 }, slides: [timed(60), countdown] },
  { id: 'demo', title: 'Container Demo', kind: 'demo', length: { type: 'fixed', minutes: 10 }, slides: [untimed, untimed] },
  { id: 'short', title: 'First Containers', kind: 'practice', length: { type: 'fixed', minutes: 20 }, slides: [countdown] },
  {
    id: 'long',
    title: 'Container Fun',
    kind: 'practice',
    length: { type: 'until-before-end', minutes: 60 },
    slides: [untimed, countdown],
  },
  {
    id: 'planning-lecture',
    title: 'Project Planning',
    kind: 'lecture',
    length: { type: 'fixed', minutes: 15 },
    slides: [timed(300), untimed, untimed],
  },
  { id: 'planning', title: 'Project Planning Time', kind: 'planning', length: { type: 'fixed', minutes: 45 }, slides: [countdown] },
];

const day = { start: at('09:00'), end: at('15:00') };

function timingsFor(sources: readonly BlockSlides[], extra: object = {}): ReturnType<typeof slideTimings> {
  const schedule = scheduleOf(computeSchedule({ ...day, blocks: agendaBlocks(sources), ...extra }));
  return slideTimings(sources, schedule);
}

const secondsOf = (entries: readonly TimedEntry[], blockId: string): number[] =>
  entries.flatMap((entry) => (entry.kind === 'slide' && entry.blockId === blockId ? [entry.seconds] : []));

/** Seconds from the start of class at which entry `index` begins. */
const startOf = (entries: readonly TimedEntry[], index: number): number =>
  entries.slice(0, index).reduce((sum, entry) => sum + entry.seconds, 0);

describe('agendaBlocks', () => {
  it('gives a lecture without a length the sum of its slides, untimed ones at 2 min', () => {
    expect(agendaBlocks(SOURCES)[0]).toEqual({
      id: 'lecture',
      title: 'VMs vs Docker',
      kind: 'lecture',
      length: { type: 'fixed', minutes: 50 },
    });
  });

  it('keeps the lengths the slide files give', () => {
    expect(
      agendaBlocks(SOURCES)
        .slice(1)
        .map((b) => b.length),
    ).toEqual(SOURCES.slice(1).map((b) => b.length));
  });

  it('schedules the seed day from its slides', () => {
    const schedule = scheduleOf(computeSchedule({ ...day, blocks: agendaBlocks(SOURCES) }));
    expect(lines(schedule)[4]).toBe('10:50–14:00 long');
  });
});

describe('slideTimings', () => {
  it('fills the class exactly', () => {
    const { entries, totalSeconds, warnings } = timingsFor(SOURCES);
    expect(totalSeconds).toBe(6 * 3600);
    expect(entries.reduce((sum, entry) => sum + entry.seconds, 0)).toBe(6 * 3600);
    expect(warnings).toEqual([]);
  });

  it('times lecture slides by their own times, untimed ones at 2 min', () => {
    const { entries } = timingsFor(SOURCES);
    expect(secondsOf(entries, 'lecture')).toEqual([...Array<number>(10).fill(180), ...Array<number>(10).fill(120)]);
  });

  it('gives the countdown slide what the timed slides leave of the block', () => {
    const { entries } = timingsFor(SOURCES);
    expect(secondsOf(entries, 'install')).toEqual([60, 29 * 60]);
    expect(secondsOf(entries, 'short')).toEqual([20 * 60]);
    expect(secondsOf(entries, 'planning')).toEqual([45 * 60]);
  });

  it('gives untimed slides beside a countdown 2 min', () => {
    expect(secondsOf(timingsFor(SOURCES).entries, 'long')).toEqual([120, 190 * 60 - 120]);
  });

  it('shares a block without a countdown among its untimed slides', () => {
    const { entries } = timingsFor(SOURCES);
    expect(secondsOf(entries, 'demo')).toEqual([300, 300]);
    expect(secondsOf(entries, 'planning-lecture')).toEqual([300, 300, 300]);
  });

  it('shares odd seconds out in whole seconds', () => {
    const sources = [{ ...SOURCES[2], length: { type: 'fixed', minutes: 10 / 60 }, slides: [untimed, untimed, untimed] } as BlockSlides];
    const { entries } = slideTimings(
      sources,
      scheduleOf(computeSchedule({ start: at('09:00'), end: at('10:00'), blocks: agendaBlocks(sources) })),
    );
    expect(secondsOf(entries, 'demo')).toEqual([4, 3, 3]);
  });

  it('splits a countdown slide a break interrupts: the countdown, the break, the countdown again', () => {
    const lunch = { start: at('12:00'), end: at('13:00'), title: 'Lunch' };
    const { entries, totalSeconds } = timingsFor(SOURCES, { breaks: [lunch] });
    expect(totalSeconds).toBe(6 * 3600);
    // Container Fun runs 10:50–14:00 around lunch: 70 min before it, 60 after.
    expect(secondsOf(entries, 'long')).toEqual([120, 70 * 60 - 120, 60 * 60]);
    const lunchAt = entries.findIndex((entry) => entry.kind === 'gap');
    expect(entries.slice(lunchAt - 2, lunchAt + 3)).toEqual([
      { kind: 'slide', blockId: 'long', slide: 0, seconds: 120 },
      { kind: 'slide', blockId: 'long', slide: 1, seconds: 70 * 60 - 120, part: 0 },
      { kind: 'gap', item: { kind: 'break', title: 'Lunch', start: at('12:00'), end: at('13:00') }, seconds: 3600 },
      { kind: 'slide', blockId: 'long', slide: 1, seconds: 60 * 60, part: 1 },
      { kind: 'slide', blockId: 'planning-lecture', slide: 0, seconds: 300 },
    ]);
    // Each part counts to the right clock time: the first ends when lunch starts, the second when the block ends.
    expect(startOf(entries, lunchAt)).toBe((at('12:00') - day.start) * 60);
    expect(startOf(entries, lunchAt + 2)).toBe((at('14:00') - day.start) * 60);
  });

  it('splits a countdown slide once per break inside it', () => {
    const breaks = [
      { start: at('11:30'), end: at('11:45') },
      { start: at('12:30'), end: at('13:15') },
    ];
    const { entries } = timingsFor(SOURCES, { breaks });
    const long = entries.filter((entry) => entry.kind === 'slide' && entry.blockId === 'long' && entry.slide === 1);
    expect(long.map((entry) => entry.kind === 'slide' && entry.part)).toEqual([0, 1, 2]);
    const names = entries.map((entry) => (entry.kind === 'gap' ? 'break' : `${entry.blockId}/${String(entry.slide)}`));
    const from = names.indexOf('long/1');
    expect(names.slice(from, from + 6)).toEqual(['long/1', 'break', 'long/1', 'break', 'long/1', 'planning-lecture/0']);
  });

  it('leaves a countdown slide whole when a break falls between slides', () => {
    // Container Fun's first slide ends at 10:52: a break from then on comes before the countdown.
    const { entries } = timingsFor(SOURCES, { breaks: [{ start: at('10:52'), end: at('11:00') }] });
    const gapAt = entries.findIndex((entry) => entry.kind === 'gap');
    expect(entries[gapAt - 1]).toEqual({ kind: 'slide', blockId: 'long', slide: 0, seconds: 120 });
    expect(entries[gapAt + 1]).toMatchObject({ blockId: 'long', slide: 1 });
    expect(entries[gapAt + 1]).not.toHaveProperty('part');
  });

  it('puts a break at the start of class before the first block', () => {
    const { entries } = timingsFor(SOURCES, { breaks: [{ start: at('09:00'), end: at('09:15') }] });
    expect(entries[0]).toMatchObject({ kind: 'gap', seconds: 900 });
  });

  it('keeps a lecture’s work when a break interrupts it, and puts the break after the slide it interrupts', () => {
    const { entries, totalSeconds } = timingsFor(SOURCES, { breaks: [{ start: at('09:30'), end: at('09:45') }] });
    expect(secondsOf(entries, 'lecture').reduce((a, b) => a + b, 0)).toBe(50 * 60);
    // Ten slides of 3 min take the lecture to 09:30.
    expect(entries[10]).toMatchObject({ kind: 'gap', seconds: 900 });
    expect(totalSeconds).toBe(6 * 3600);
    const straddled = timingsFor(SOURCES, { breaks: [{ start: at('09:31'), end: at('09:45') }] }).entries;
    expect(straddled[11]).toMatchObject({ kind: 'gap' });
  });

  it('adds a slide for free time at the end of a day without a flexible block', () => {
    const sources = SOURCES.filter((b) => b.id !== 'long');
    const { entries, totalSeconds } = timingsFor(sources);
    expect(entries.at(-1)).toMatchObject({ kind: 'gap', item: { kind: 'free' }, seconds: 190 * 60 });
    expect(totalSeconds).toBe(6 * 3600);
  });

  it('keeps the total exact when the lecture is not whole minutes', () => {
    const sources = SOURCES.map((b) => (b.id === 'lecture' ? { ...b, slides: [timed(95), timed(95), timed(95)] } : b));
    const { entries, totalSeconds } = timingsFor(sources);
    expect(secondsOf(entries, 'lecture')).toEqual([95, 95, 95]);
    expect(totalSeconds).toBe(6 * 3600);
  });

  it('stretches a lecture the lecturer extended, in proportion', () => {
    const { entries, totalSeconds } = timingsFor(SOURCES, { adjustments: { 'planning-lecture': 3 } });
    expect(secondsOf(entries, 'planning-lecture')).toEqual([300, 390, 390]);
    const sources = SOURCES.map((b) => (b.id === 'lecture' ? { ...b, slides: [timed(600), timed(1200)] } : b));
    expect(secondsOf(timingsFor(sources, { adjustments: { lecture: 3 } }).entries, 'lecture')).toEqual([660, 1320]);
    expect(totalSeconds).toBe(6 * 3600);
  });

  it('shrinks every slide in proportion, with a warning, when timed slides overrun their block', () => {
    const sources = SOURCES.map((b) => (b.id === 'demo' ? { ...b, slides: [timed(600), timed(600), countdown] } : b));
    const { entries, warnings, totalSeconds } = timingsFor(sources);
    expect(secondsOf(entries, 'demo')).toEqual([273, 273, 54]);
    expect(warnings).toEqual([
      'the timed slides of "Container Demo" need more than its 10 min; all its slides are shortened in proportion',
    ]);
    expect(totalSeconds).toBe(6 * 3600);
  });

  it('warns about a block without slides', () => {
    const sources = SOURCES.map((b) => (b.id === 'demo' ? { ...b, slides: [] } : b));
    const { warnings, totalSeconds } = timingsFor(sources);
    expect(warnings).toEqual(['"Container Demo" has no slides, so its 10 min are on none']);
    expect(totalSeconds).toBe(6 * 3600 - 600);
  });

  it('gives the slides of a block the day had no room for no time', () => {
    const sources = SOURCES.map((b) => (b.id === 'demo' ? { ...b, length: { type: 'fixed' as const, minutes: 0 } } : b));
    const { schedule } = nearestSaneSchedule({ ...day, blocks: agendaBlocks(sources) });
    const { entries, totalSeconds } = slideTimings(sources, schedule);
    expect(secondsOf(entries, 'demo')).toEqual([0, 0]);
    expect(totalSeconds).toBe(6 * 3600);
  });
});

describe('slideTimings properties', () => {
  const slideArb: fc.Arbitrary<SlideTime> = fc.record({
    seconds: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
    countdown: fc.boolean(),
  });

  it('for any day and any slides, the slides and breaks add up to the class in whole seconds', () => {
    fc.assert(
      fc.property(
        fc.tuple(...SOURCES.map(() => fc.array(slideArb, { minLength: 1, maxLength: 6 }))),
        fc.integer({ min: at('10:00'), max: at('20:00') }),
        fc.option(fc.integer({ min: at('09:00'), max: at('19:00') }), { nil: undefined }),
        (slides, end, lunchAt) => {
          const sources = SOURCES.map((block, i) => ({ ...block, slides: slides[i] ?? [] }));
          const breaks = lunchAt === undefined ? [] : [{ start: lunchAt, end: lunchAt + 45 }];
          const { schedule } = nearestSaneSchedule({ start: at('09:00'), end, breaks, blocks: agendaBlocks(sources) });
          const { entries, totalSeconds } = slideTimings(sources, schedule);
          expect(totalSeconds).toBe((schedule.end - schedule.start) * 60);
          for (const entry of entries) expect(Number.isInteger(entry.seconds) && entry.seconds >= 0).toBe(true);
        },
      ),
    );
  });
});
