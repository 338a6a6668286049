import { recordedMs, slideTime, type Run } from './run';

export type Status = 'over' | 'under' | 'on plan' | 'skipped' | 'not reached' | 'partly';

export interface SlideRow {
  readonly slide: string;
  readonly blockId: string;
  readonly title: string;
  readonly plannedS: number;
  readonly actualS: number;
  readonly status: Status;
}

export interface BlockRow {
  readonly id: string;
  readonly title: string;
  readonly plannedS: number;
  /** Recorded seconds; for a skipped block its plan. */
  readonly actualS: number;
  /** What the whole block would take at the run's pace: recorded slides as recorded, the rest scaled. */
  readonly projectedS: number;
  readonly status: Status;
  /** The previous run's projection for this block, when there is one. */
  readonly previousS: number | null;
}

export interface Projection {
  /** Seconds the non-flexible blocks run over (negative: under) their plan at this pace. */
  readonly overrunS: number;
  /** The flexible block's length after it absorbs the overrun; null when the day has none. */
  readonly flexible: { readonly title: string; readonly plannedS: number; readonly projectedS: number } | null;
  /** Seconds past the planned class end; 0 when the flexible block absorbs everything. */
  readonly lateS: number;
}

export interface Report {
  readonly blocks: readonly BlockRow[];
  readonly slides: readonly SlideRow[];
  /** Slides that took longest, longest first. */
  readonly longest: readonly SlideRow[];
  /** Recorded time over planned time on the slides reached: 1.2 means 20% slower than planned. */
  readonly pace: number;
  readonly recordedS: number;
  readonly pausedS: number;
  readonly projection: Projection;
}

/** Within this much of the plan a slide or block is on plan: under 15 s, or 10%, whichever is larger. */
const tolerance = (plannedS: number) => Math.max(15, plannedS * 0.1);

function status(plannedS: number, actualS: number): Status {
  if (actualS - plannedS > tolerance(plannedS)) return 'over';
  if (plannedS - actualS > tolerance(plannedS)) return 'under';
  return 'on plan';
}

export function buildReport(run: Run, now: number, previous: Run | null = null): Report {
  const slides: SlideRow[] = run.slides.map((s) => {
    const ms = slideTime(run, s.slide, now);
    const actualS = Math.round(ms / 1000);
    const skipped = run.skipped.includes(s.blockId);
    return {
      slide: s.slide,
      blockId: s.blockId,
      title: s.title,
      plannedS: s.seconds,
      actualS,
      status: skipped ? 'skipped' : ms === 0 ? 'not reached' : status(s.seconds, actualS),
    };
  });
  const reached = slides.filter((s) => s.status !== 'skipped' && s.status !== 'not reached');
  const plannedReached = reached.reduce((a, s) => a + s.plannedS, 0);
  const pace = plannedReached > 0 ? reached.reduce((a, s) => a + s.actualS, 0) / plannedReached : 1;

  const before = previous ? buildReport(previous, previous.endedAt ?? now).blocks : [];
  const previousOf = (id: string) => {
    const row = before.find((b) => b.id === id);
    return row && row.status !== 'not reached' ? row.projectedS : null;
  };
  const blocks = run.blocks.map((b): BlockRow => ({
    ...blockRow(b, slides, pace, run.skipped.includes(b.id)),
    previousS: previousOf(b.id),
  }));
  const projection = project(run, blocks);
  // The flexible block is not rehearsed: it shows the length it is left with once the others run as projected.
  const shown = blocks.map((b) =>
    projection.flexible && run.blocks.find((p) => p.flexible)?.id === b.id ? { ...b, projectedS: projection.flexible.projectedS } : b,
  );
  const longest = [...reached].sort((a, b) => b.actualS - a.actualS || b.actualS - b.plannedS - (a.actualS - a.plannedS)).slice(0, 5);
  const pausedMs = run.pausedMs + (run.pausedSince === null ? 0 : Math.max(0, now - run.pausedSince));
  return {
    blocks: shown,
    slides,
    longest,
    pace,
    recordedS: Math.round(recordedMs(run, now) / 1000),
    pausedS: Math.round(pausedMs / 1000),
    projection,
  };
}

function blockRow(block: Run['blocks'][number], slides: readonly SlideRow[], pace: number, skipped: boolean): Omit<BlockRow, 'previousS'> {
  const own = slides.filter((s) => s.blockId === block.id);
  if (skipped)
    return {
      id: block.id,
      title: block.title,
      plannedS: block.seconds,
      actualS: block.seconds,
      projectedS: block.seconds,
      status: 'skipped',
    };
  const reached = own.filter((s) => s.status !== 'not reached');
  const actualS = reached.reduce((a, s) => a + s.actualS, 0);
  const unreachedPlan = own.filter((s) => s.status === 'not reached').reduce((a, s) => a + s.plannedS, 0);
  // Slides not reached yet take their plan at the run's pace; a block with no slides reached keeps its plan.
  const projectedS = reached.length === 0 ? block.seconds : Math.round(actualS + unreachedPlan * pace);
  const blockStatus: Status =
    reached.length === 0 ? 'not reached' : reached.length < own.length ? 'partly' : status(block.seconds, actualS);
  return { id: block.id, title: block.title, plannedS: block.seconds, actualS, projectedS, status: blockStatus };
}

function project(run: Run, blocks: readonly BlockRow[]): Projection {
  const flexible = run.blocks.find((b) => b.flexible);
  const overrunS = blocks.filter((b) => b.id !== flexible?.id).reduce((a, b) => a + b.projectedS - b.plannedS, 0);
  if (!flexible) return { overrunS, flexible: null, lateS: Math.max(0, overrunS) };
  const slack = flexible.seconds - flexible.minSeconds;
  const projectedS = Math.max(flexible.minSeconds, flexible.seconds - overrunS);
  return { overrunS, flexible: { title: flexible.title, plannedS: flexible.seconds, projectedS }, lateS: Math.max(0, overrunS - slack) };
}
