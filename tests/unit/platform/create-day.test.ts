import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../src/core/agenda';
import { agendaStateKey } from '../../../src/core/day/agenda-state';
import { createDay } from '../../../src/platform/create-day';
import { safeStorage } from '../../../src/platform/storage';
import { manualClock, memory, SEED_DECK } from '../features/presenter/fixtures';
import { readPageParams } from '../../../src/platform/params';

const DAY = '2025-09-10T';
const KEY = agendaStateKey(new Date(`${DAY}10:00`));

function setUp(search = '', time = '10:00') {
  const clock = manualClock(`${DAY}${time}`);
  const { storage, data } = memory();
  const make = () => createDay({ deck: SEED_DECK, params: readPageParams(search), storage, clock });
  return { clock, data, make, day: make() };
}

const span = (day: ReturnType<typeof createDay>, id: string): string => {
  const block = day.plan.schedule.blocks.find((b) => b.id === id);
  return block ? `${formatClock(block.start)}–${formatClock(block.end)}` : 'none';
};

describe('createDay', () => {
  it('plans the day from the URL, with its warnings', () => {
    const { day } = setUp('?start=25:99&end=16:00');
    expect(day.warnings).toEqual(['start=25:99 is not a clock time (HH:MM); using 09:00']);
    expect(day.plan.schedule.end).toBe(16 * 60);
    expect(day.plan.totalSeconds).toBe(7 * 3600);
  });

  it('runs a rehearsal clock from ?now=', () => {
    const { day, clock } = setUp('?now=13:30');
    expect(formatClock(day.clock.now().getHours() * 60 + day.clock.now().getMinutes())).toBe('13:30');
    clock.advance(2);
    expect(day.clock.now().getMinutes()).toBe(32);
  });

  it('extends a block, re-flows the flexible one and keeps the change for today', () => {
    const { day, data, make } = setUp();
    const heard: [string, boolean][] = [];
    day.onChange((message, here) => heard.push([message, here]));
    expect(day.adjust('install', 5)).toEqual({ ok: true, message: 'Install Docker +5 min · Container Fun now 10:55–14:00' });
    expect(heard).toEqual([['Install Docker +5 min · Container Fun now 10:55–14:00', true]]);
    expect(span(day, 'install')).toBe('09:50–10:25');
    expect(day.plan.totalSeconds).toBe(6 * 3600);
    expect(JSON.parse(data.get(KEY) ?? 'null')).toEqual({ adjustments: { install: 5 }, changedAt: new Date(`${DAY}10:00`).getTime() });
    expect(span(make(), 'install')).toBe('09:50–10:25');
  });

  it('refuses a change the day cannot hold, and says why', () => {
    const { day } = setUp();
    const result = day.adjust('long', 5);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Cannot extend Container Fun by 5 min: "Container Fun" cannot run until 14:05/);
    expect(day.adjust('demo', -10).message).toMatch(/^Cannot shorten Container Demo by 10 min/);
    expect(day.adjust('gone', 5)).toEqual({ ok: false, message: "gone is not on today's agenda" });
    expect(day.state.adjustments).toEqual({});
  });

  it('pauses for questions, then adds the pause to the block on resume', () => {
    const { day, clock, make } = setUp();
    expect(day.resume()).toEqual({ ok: false, message: 'Nothing is paused' });
    expect(day.pause('install').message).toBe('Paused Install Docker for questions · Q resumes');
    expect(make().state.pause?.blockId).toBe('install');
    expect(day.pause('demo').ok).toBe(false);
    clock.advance(3.2);
    expect(day.resume().message).toBe('Resumed Install Docker · Install Docker +3 min 12 s · Container Fun now 10:53–14:00');
    expect(day.state).toEqual({ adjustments: { install: 3.2 }, changedAt: day.clock.now().getTime() });
  });

  it('adds only what the day has room for after a long pause', () => {
    const { day, clock } = setUp();
    day.pause('install');
    clock.advance(200);
    const { message } = day.resume();
    expect(message).toMatch(/the day only had room for \+180 min of the 3 h 20 min 00 s pause$/);
    expect(span(day, 'long')).toBe('13:50–14:00');
  });

  it("keeps a morning rehearsal's + - Q apart from the afternoon class's, and says which record a day keeps", () => {
    const clock = manualClock(`${DAY}09:00`);
    const { storage } = memory();
    const open = (search: string) => createDay({ deck: SEED_DECK, params: readPageParams(search), storage, clock });
    const rehearsal = open('?now=10:00');
    expect(rehearsal.record).toBe('rehearsal');
    expect(rehearsal.adjust('install', 5).ok).toBe(true);
    expect(rehearsal.pause('demo').ok).toBe(true);
    expect(open('?rehearse').state.adjustments).toEqual({ install: 5 });

    clock.advance(60);
    const taught = open('');
    expect(taught.record).toBe('class');
    expect(taught.state.adjustments).toEqual({});
    expect(span(taught, 'install')).toBe('09:50–10:20');
    expect(taught.adjust('demo', 5).ok).toBe(true);
    expect(open('?now=10:00').state.adjustments).toEqual({ install: 5 });
    expect(open('').state.adjustments).toEqual({ demo: 5 });
  });

  it('offers a rehearsal on the real clock (R, a plain URL) for reset once the class has begun, and keeps or undoes it', () => {
    // The seed day starts at 09:00: a rehearsal at 07:30 on the class's own record.
    const { day, clock, make } = setUp('', '07:30');
    expect(day.adjust('install', 5).ok).toBe(true);
    expect(day.pause('demo').ok).toBe(true);
    expect(day.beforeClass()).toBeUndefined();
    clock.advance(90);
    const later = make();
    expect(later.beforeClass()).toEqual({
      madeAt: new Date(`${DAY}07:30`).getTime(),
      changes: 'Install Docker +5 min · Container Demo paused since 07:30',
    });
    const reset = later.settleBeforeClass(true);
    expect(reset.ok).toBe(true);
    expect(reset.message).toMatch(/changes from before class are undone$/);
    expect(later.state.adjustments).toEqual({});
    expect(later.state.pause).toBeUndefined();
    expect(make().beforeClass()).toBeUndefined();
    expect(later.settleBeforeClass(true).ok).toBe(false);
  });

  it('keeps changes from before class when asked, and never offers the class’s own or a rehearsal record’s', () => {
    const { day, clock, make } = setUp('', '08:00');
    day.adjust('install', 5);
    clock.advance(70);
    const kept = make();
    expect(kept.settleBeforeClass(false)).toEqual({ ok: true, message: 'The changes from before class are kept for the class' });
    expect(kept.state.adjustments).toEqual({ install: 5 });
    expect(make().beforeClass()).toBeUndefined();
    // Made during the class: the class's own.
    kept.adjust('demo', 5);
    expect(make().beforeClass()).toBeUndefined();
    // A `?now=` rehearsal keeps its own record, never offered.
    const rehearsal = createDay({ deck: SEED_DECK, params: readPageParams('?now=08:00'), storage: memory().storage, clock });
    rehearsal.adjust('install', 5);
    expect(rehearsal.beforeClass()).toBeUndefined();
  });

  it('takes up a change another window stored, and says what it was, marked as made elsewhere', () => {
    const { day, make } = setUp();
    const heard: [string, boolean][] = [];
    day.onChange((message, here) => heard.push([message, here]));
    make().adjust('demo', 5);
    expect(day.reload()).toBe('Container Demo +5 min · Container Fun now 10:55–14:00');
    expect(day.reload()).toBeUndefined();
    expect(heard).toEqual([['Container Demo +5 min · Container Fun now 10:55–14:00', false]]);
  });

  it('loses only the adjustments when storage is corrupt or missing', () => {
    const { data, make } = setUp();
    data.set(KEY, '{"adjustments":');
    const day = make();
    expect(day.warnings).toEqual([`today's agenda changes are lost: "${KEY}" does not hold valid JSON; the day runs as planned`]);
    expect(day.adjust('install', 5).ok).toBe(true);

    const none = createDay({
      deck: SEED_DECK,
      params: readPageParams(''),
      storage: safeStorage(() => undefined),
      clock: manualClock(`${DAY}10:00`),
    });
    expect(none.warnings).toEqual([
      `today's agenda changes are lost: could not read "${KEY}" (local storage is not available); the day runs as planned`,
    ]);
    expect(none.adjust('install', 5).message).toMatch(/\(could not be saved: it lasts until the page reloads\)$/);
  });

  it('ignores absurd stored values with a warning and runs the day as planned', () => {
    const { data, make } = setUp();
    data.set(KEY, JSON.stringify({ adjustments: { install: -1e308 }, pause: { blockId: 'install', since: 1e300 } }));
    const day = make();
    expect(day.state.pause).toBeUndefined();
    expect(span(day, 'install')).toBe('09:50–10:20');
    expect(day.warnings.join(' ')).not.toMatch(/Infinity|NaN/);
    expect(day.warnings).toEqual([
      'the stored change to "install" (-1e+308 min) is more than a day; ignored',
      'the stored pause of "install" is not at a plausible time; ignored',
    ]);
    expect(day.adjust('install', 5).ok).toBe(true);
    expect(span(day, 'install')).toBe('09:50–10:25');
  });
});
