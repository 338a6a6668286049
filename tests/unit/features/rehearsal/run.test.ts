import { describe, expect, it } from 'vitest';
import { parseRuns, runsToCsv, runsToJson } from '../../../../src/features/rehearsal/codec';
import { buildReport } from '../../../../src/features/rehearsal/report';
import {
  enter,
  finish,
  IDLE_LIMIT_MS,
  lastActivity,
  newRun,
  pause,
  resume,
  skipBlock,
  stopIfIdle,
  type Place,
  type Run,
} from '../../../../src/features/rehearsal/run';

const S = 1000;
const at = (blockId: string, slide: string, step = -1): Place => ({ blockId, slide, step });

function start(now = 0): Run {
  return newRun(
    {
      id: 'r1',
      date: '2026-11-27',
      classStart: '09:00',
      classEnd: '15:00',
      blocks: [
        { id: 'talk', title: 'Lecture', kind: 'lecture', seconds: 300, flexible: false, minSeconds: 300 },
        { id: 'lab', title: 'Practice', kind: 'practice', seconds: 1200, flexible: false, minSeconds: 1200 },
        { id: 'fun', title: 'Long practice', kind: 'practice', seconds: 3600, flexible: true, minSeconds: 600 },
      ],
      slides: [
        { slide: '0/0', blockId: 'talk', title: 'Title', seconds: 60 },
        { slide: '1/0', blockId: 'talk', title: 'Kernels', seconds: 120 },
        { slide: '2/0', blockId: 'talk', title: 'Hypervisors', seconds: 120 },
        { slide: '3/0', blockId: 'lab', title: 'Install', seconds: 1200 },
        { slide: '4/0', blockId: 'fun', title: 'Fun', seconds: 3600 },
      ],
    },
    now,
    at('talk', '0/0'),
  );
}

describe('recording a run', () => {
  it('adds the time between moves to the slide and the step left', () => {
    let run = start(0);
    run = enter(run, at('talk', '1/0'), 50 * S);
    run = enter(run, at('talk', '1/0', 0), 110 * S);
    run = enter(run, at('talk', '2/0'), 200 * S);
    expect(run.slideMs).toEqual({ '0/0': 50 * S, '1/0': 150 * S });
    expect(run.stepMs).toEqual({ '0/0/-1': 50 * S, '1/0/-1': 60 * S, '1/0/0': 90 * S });
  });

  it("adds a revisit to the slide's time", () => {
    let run = start(0);
    run = enter(run, at('talk', '1/0'), 10 * S);
    run = enter(run, at('talk', '0/0'), 30 * S);
    run = enter(run, at('talk', '1/0'), 35 * S);
    run = finish(run, 45 * S);
    expect(run.slideMs).toEqual({ '0/0': 15 * S, '1/0': 30 * S });
  });

  it('leaves pauses out, and counts moves made while paused from the resume', () => {
    let run = start(0);
    run = pause(run, 20 * S);
    run = enter(run, at('talk', '1/0'), 100 * S);
    run = resume(run, 500 * S);
    run = finish(run, 530 * S);
    expect(run.slideMs).toEqual({ '0/0': 20 * S, '1/0': 30 * S });
    expect(run.pausedMs).toBe(480 * S);
    expect(pause(pause(run, 600 * S), 700 * S)).toEqual(run);
  });

  it('counts a skipped block at its plan and drops what was recorded in it', () => {
    let run = start(0);
    run = enter(run, at('lab', '3/0'), 60 * S);
    run = skipBlock(run, 'lab', 90 * S);
    run = enter(run, at('fun', '4/0'), 95 * S);
    run = finish(run, 100 * S);
    expect(run.slideMs).toEqual({ '0/0': 60 * S, '4/0': 5 * S });
    const report = buildReport(run, 100 * S);
    expect(report.blocks.find((b) => b.id === 'lab')).toMatchObject({ status: 'skipped', actualS: 1200, projectedS: 1200 });
  });
});

describe('the report', () => {
  it("compares planned and actual per slide and block, and projects the day at the run's pace", () => {
    let run = start(0);
    run = enter(run, at('talk', '1/0'), 90 * S); // title: 90 s of 60 planned
    run = enter(run, at('talk', '2/0'), 330 * S); // kernels: 240 s of 120
    run = finish(run, 330 * S);
    const report = buildReport(run, 330 * S);
    expect(report.slides.map((s) => [s.title, s.actualS, s.status])).toEqual([
      ['Title', 90, 'over'],
      ['Kernels', 240, 'over'],
      ['Hypervisors', 0, 'not reached'],
      ['Install', 0, 'not reached'],
      ['Fun', 0, 'not reached'],
    ]);
    expect(report.pace).toBeCloseTo(330 / 180);
    // The lecture: 330 s recorded + 120 s not reached at pace 11/6 = 550 s; 250 s over its 300.
    expect(report.blocks[0]).toMatchObject({ status: 'partly', actualS: 330, projectedS: 550 });
    expect(report.projection).toEqual({ overrunS: 250, flexible: { title: 'Long practice', plannedS: 3600, projectedS: 3350 }, lateS: 0 });
    expect(report.longest.map((s) => s.title)).toEqual(['Kernels', 'Title']);
  });

  it('projects a late end once the flexible block is at its minimum', () => {
    let run = start(0);
    run = enter(run, at('talk', '1/0'), 3500 * S);
    run = finish(run, 3500 * S);
    const { projection } = buildReport(run, 3500 * S);
    // Title took 3500 s of 60: pace 58.3; the lecture projects to 3500 + 240 * 58.33 = 17500 s.
    expect(projection.flexible?.projectedS).toBe(600);
    expect(projection.lateS).toBe(projection.overrunS - 3000);
  });

  it('shows the previous run beside this one', () => {
    const first = finish(enter(start(0), at('talk', '1/0'), 60 * S), 60 * S);
    const second = finish(enter(start(0), at('talk', '1/0'), 30 * S), 30 * S);
    const report = buildReport(second, 30 * S, first);
    expect(report.blocks[0]?.previousS).toBe(300);
    expect(report.blocks[0]?.projectedS).toBe(30 + 240 / 2);
  });
});

describe('export and import', () => {
  // A plausible date: the codec refuses times outside 2000–2100, such as epoch 0.
  const T = Date.UTC(2026, 10, 27, 8);
  const run = finish(enter(start(T), at('talk', '1/0'), T + 61_400), T + 80_000);

  it('round-trips runs through JSON', () => {
    expect(parseRuns(runsToJson([run]))).toEqual({ ok: true, value: [run] });
  });

  it('writes CSV, one line per slide', () => {
    const csv = runsToCsv([run]).trim().split('\n');
    expect(csv[0]).toBe('run,date,class,block,slide,title,planned_s,actual_s,skipped');
    expect(csv[1]).toBe('r1,2026-11-27,09:00-15:00,talk,0/0,Title,60,61,no');
    expect(csv).toHaveLength(6);
  });

  it('says what is wrong with a bad file', () => {
    expect(parseRuns('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/^not a JSON file/) as unknown });
    expect(parseRuns('[]')).toEqual({ ok: false, error: 'the file holds no runs' });
    expect(parseRuns(JSON.stringify({ ...run, version: 2 }))).toEqual({
      ok: false,
      error: 'run.version should be 1 (a rehearsal run exported by this deck), found 2',
    });
    expect(parseRuns(JSON.stringify([{ ...run, slideMs: { '0/0': 'ten' } }]))).toEqual({
      ok: false,
      error: 'run[0].slideMs.0/0 should be a number ≥ 0, found "ten"',
    });
    expect(parseRuns(JSON.stringify({ ...run, slides: 'none' }))).toEqual({
      ok: false,
      error: 'run.slides should be a list, found "none"',
    });
  });
});

describe('a run left idle', () => {
  const H = 3600 * S;
  it('is stopped at its last move once idle over two hours, the idle hours unrecorded', () => {
    let run = start(0);
    run = enter(run, at('talk', '1/0'), 50 * S);
    expect(stopIfIdle(run, 50 * S + IDLE_LIMIT_MS)).toBeUndefined();
    const stopped = stopIfIdle(run, 50 * S + 14 * H);
    expect(stopped?.endedAt).toBe(50 * S);
    expect(stopped?.slideMs).toEqual({ '0/0': 50 * S, '1/0': 0 });
  });

  it('counts a pause, a resume and the start as activity, and leaves an ended run alone', () => {
    let run = pause(start(0), 10 * S);
    expect(lastActivity(run)).toBe(10 * S);
    expect(stopIfIdle(run, 10 * S + 3 * H)?.pausedMs).toBe(0);
    run = resume(run, 2 * H);
    expect(lastActivity(run)).toBe(2 * H);
    expect(stopIfIdle(run, 3 * H)).toBeUndefined();
    expect(stopIfIdle(finish(run, 2 * H + S), 10 * H)).toBeUndefined();
  });
});
