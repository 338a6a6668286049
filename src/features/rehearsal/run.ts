/**
 * A rehearsal run and the arithmetic of recording it. Pure: every function takes the time (epoch ms) it
 * happens at and returns a new run, so a run can be stored, reloaded and replayed exactly.
 */
import type { Place, Run } from './schema';

export type { BlockPlan, Place, Run, SlidePlan } from './schema';

export function newRun(init: Pick<Run, 'id' | 'date' | 'classStart' | 'classEnd' | 'blocks' | 'slides'>, now: number, place: Place): Run {
  return {
    version: 1,
    ...init,
    startedAt: now,
    endedAt: null,
    slideMs: {},
    stepMs: {},
    skipped: [],
    open: { place, since: now },
    place,
    pausedMs: 0,
    pausedSince: null,
  };
}

const stepKey = (place: Place) => `${place.slide}/${place.step}`;

/** The run with the open interval closed at `now`: its time added to the slide and the step. */
function close(run: Run, now: number): Run {
  if (!run.open) return run;
  const spent = Math.max(0, now - run.open.since);
  const { slide } = run.open.place;
  const step = stepKey(run.open.place);
  return {
    ...run,
    slideMs: { ...run.slideMs, [slide]: (run.slideMs[slide] ?? 0) + spent },
    stepMs: { ...run.stepMs, [step]: (run.stepMs[step] ?? 0) + spent },
    open: null,
  };
}

/** The lecturer moved to `place`; going back to a slide adds to its time. */
export function enter(run: Run, place: Place, now: number): Run {
  if (run.endedAt !== null) return run;
  if (run.pausedSince !== null) return { ...run, place };
  return { ...close(run, now), open: { place, since: now }, place };
}

export function pause(run: Run, now: number): Run {
  if (run.endedAt !== null || run.pausedSince !== null) return run;
  return { ...close(run, now), pausedSince: now };
}

export function resume(run: Run, now: number): Run {
  if (run.endedAt !== null || run.pausedSince === null) return run;
  const pausedMs = run.pausedMs + Math.max(0, now - run.pausedSince);
  return { ...run, pausedMs, pausedSince: null, open: run.place ? { place: run.place, since: now } : null };
}

/** Skipping a block counts it at its planned length and drops what was recorded in it. */
export function skipBlock(run: Run, blockId: string, now: number): Run {
  if (run.skipped.includes(blockId)) return run;
  const closed = close(run, now);
  const inBlock = new Set(run.slides.filter((s) => s.blockId === blockId).map((s) => s.slide));
  const keep = (key: string) => !inBlock.has(key.split('/').slice(0, 2).join('/'));
  const reopened = run.open && run.pausedSince === null ? { place: run.open.place, since: now } : null;
  return {
    ...closed,
    slideMs: Object.fromEntries(Object.entries(closed.slideMs).filter(([k]) => keep(k))),
    stepMs: Object.fromEntries(Object.entries(closed.stepMs).filter(([k]) => keep(k))),
    skipped: [...run.skipped, blockId],
    open: reopened && reopened.place.blockId !== blockId ? reopened : null,
  };
}

export function unskipBlock(run: Run, blockId: string): Run {
  return { ...run, skipped: run.skipped.filter((b) => b !== blockId) };
}

export function finish(run: Run, now: number): Run {
  if (run.endedAt !== null) return run;
  const resumed =
    run.pausedSince === null ? run : { ...run, pausedMs: run.pausedMs + Math.max(0, now - run.pausedSince), pausedSince: null };
  return { ...close(resumed, now), endedAt: now };
}

/** Milliseconds recorded on a slide up to `now`, the open interval included. */
export function slideTime(run: Run, slide: string, now: number): number {
  const open = run.open && run.open.place.slide === slide ? Math.max(0, now - run.open.since) : 0;
  return (run.slideMs[slide] ?? 0) + open;
}

/** Milliseconds the run has recorded in all, up to `now`. */
export function recordedMs(run: Run, now: number): number {
  const closed = Object.values(run.slideMs).reduce((a, b) => a + b, 0);
  return closed + (run.open ? Math.max(0, now - run.open.since) : 0);
}

/** A run nobody moved, paused or resumed for longer than this is stopped by itself. */
export const IDLE_LIMIT_MS = 2 * 60 * 60 * 1000;

/** When the lecturer last did something in the run: started it, moved, paused or resumed. */
export function lastActivity(run: Run): number {
  return Math.max(run.startedAt, run.open?.since ?? run.startedAt, run.pausedSince ?? run.startedAt);
}

/**
 * The run finished at its last activity when it has been idle longer than `limitMs` (a rehearsal left open
 * overnight), so the idle hours are not recorded on the last slide; undefined while it is in use or ended.
 */
export function stopIfIdle(run: Run, now: number, limitMs = IDLE_LIMIT_MS): Run | undefined {
  if (run.endedAt !== null) return undefined;
  const last = lastActivity(run);
  return now - last > limitMs ? finish(run, last) : undefined;
}

/** Planned seconds of the slides the run has reached: what the time recorded so far should have been. */
export function plannedReached(run: Run, now: number): number {
  return run.slides.filter((s) => !run.skipped.includes(s.blockId) && slideTime(run, s.slide, now) > 0).reduce((a, s) => a + s.seconds, 0);
}
