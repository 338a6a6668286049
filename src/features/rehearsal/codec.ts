import type { BlockPlan, Place, Run, SlidePlan } from './run';

/**
 * Runs in and out of text: the history as stored, export files (JSON, CSV) and imports. An import is checked
 * field by field, so a bad file gets a message saying what is wrong instead of a broken history.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Caps on what a run may hold. A real run of this deck has ~100 slides and a few hundred steps; files far beyond
 * these froze the page (47 MB never settled) or overflowed the stack (412,000 slides), so they are refused with a
 * message before anything big is built from them.
 */
export const LIMITS = {
  importBytes: 2 * 1024 * 1024,
  /** Slides, blocks, skipped blocks, and recorded slides and steps: each list or map of one run. */
  entries: 5000,
  runs: 100,
  /** Plausible epoch times: 2000-01-01 to 2100-01-01 (UTC). */
  earliest: Date.UTC(2000, 0, 1),
  latest: Date.UTC(2100, 0, 1),
  /** A rehearsal, a slide, a pause: each lasts less than a day. */
  dayMs: 24 * 60 * 60 * 1000,
} as const;

class Invalid extends Error {}

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'nothing' : JSON.stringify(got).slice(0, 40);
  throw new Invalid(`${path} should be ${expected}, found ${shown}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Record<string, unknown>, key: string, path: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : fail(`${path}.${key}`, 'text', v);
}

function num(o: Record<string, unknown>, key: string, path: string): number {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(`${path}.${key}`, 'a number ≥ 0', v);
}

/** Milliseconds less than a day: a slide, a step or the pauses of one run. */
function duration(o: Record<string, unknown>, key: string, path: string): number {
  const v = num(o, key, path);
  return v < LIMITS.dayMs ? v : fail(`${path}.${key}`, 'less than a day (in ms)', v);
}

/** An epoch time between 2000 and 2100: outside that, a clock or a file went wrong. */
function time(o: Record<string, unknown>, key: string, path: string): number {
  const v = num(o, key, path);
  return v >= LIMITS.earliest && v < LIMITS.latest ? v : fail(`${path}.${key}`, 'a time between 2000 and 2100 (epoch ms)', v);
}

function timeOrNull(o: Record<string, unknown>, key: string, path: string): number | null {
  return o[key] === null ? null : time(o, key, path);
}

function capped(v: { length: number }, path: string): void {
  if (v.length > LIMITS.entries) fail(path, `at most ${LIMITS.entries} entries`, `${v.length} entries`);
}

function list<T>(o: Record<string, unknown>, key: string, path: string, item: (v: unknown, p: string) => T): T[] {
  const v = o[key];
  if (!Array.isArray(v)) return fail(`${path}.${key}`, 'a list', v);
  capped(v, `${path}.${key}`);
  return v.map((x, i) => item(x, `${path}.${key}[${i}]`));
}

function obj(v: unknown, path: string): Record<string, unknown> {
  return isObject(v) ? v : fail(path, 'an object', v);
}

function times(o: Record<string, unknown>, key: string, path: string): Record<string, number> {
  const m = obj(o[key], `${path}.${key}`);
  const keys = Object.keys(m);
  capped(keys, `${path}.${key}`);
  return Object.fromEntries(keys.map((k) => [k, duration(m, k, `${path}.${key}`)]));
}

function place(v: unknown, path: string): Place {
  const o = obj(v, path);
  return { blockId: str(o, 'blockId', path), slide: str(o, 'slide', path), step: typeof o.step === 'number' ? o.step : fail(`${path}.step`, 'a number', o.step) };
}

function block(v: unknown, path: string): BlockPlan {
  const o = obj(v, path);
  return {
    id: str(o, 'id', path),
    title: str(o, 'title', path),
    kind: str(o, 'kind', path),
    seconds: num(o, 'seconds', path),
    flexible: typeof o.flexible === 'boolean' ? o.flexible : fail(`${path}.flexible`, 'true or false', o.flexible),
    minSeconds: num(o, 'minSeconds', path),
  };
}

function slide(v: unknown, path: string): SlidePlan {
  const o = obj(v, path);
  return { slide: str(o, 'slide', path), blockId: str(o, 'blockId', path), title: str(o, 'title', path), seconds: num(o, 'seconds', path) };
}

function run(v: unknown, path: string): Run {
  const o = obj(v, path);
  if (o.version !== 1) fail(`${path}.version`, '1 (a rehearsal run exported by this deck)', o.version);
  const result: Run = {
    version: 1,
    id: str(o, 'id', path),
    date: str(o, 'date', path),
    classStart: str(o, 'classStart', path),
    classEnd: str(o, 'classEnd', path),
    startedAt: time(o, 'startedAt', path),
    endedAt: timeOrNull(o, 'endedAt', path),
    blocks: list(o, 'blocks', path, block),
    slides: list(o, 'slides', path, slide),
    slideMs: times(o, 'slideMs', path),
    stepMs: times(o, 'stepMs', path),
    skipped: list(o, 'skipped', path, (x, p) => (typeof x === 'string' ? x : fail(p, 'a block id', x))),
    open: openInterval(o.open, `${path}.open`),
    place: o.place === null ? null : place(o.place, `${path}.place`),
    pausedMs: duration(o, 'pausedMs', path),
    pausedSince: timeOrNull(o, 'pausedSince', path),
  };
  const end = result.endedAt ?? result.pausedSince ?? result.open?.since ?? result.startedAt;
  if (end < result.startedAt || end - result.startedAt >= LIMITS.dayMs) {
    fail(`${path}.endedAt`, 'within a day after startedAt', end);
  }
  return result;
}

function openInterval(v: unknown, path: string): Run['open'] {
  if (v === null) return null;
  const o = obj(v, path);
  return { place: place(o.place, `${path}.place`), since: time(o, 'since', path) };
}

/** Reads runs from JSON text: one run, or a list of them (an exported history). */
export function parseRuns(text: string): Parsed<Run[]> {
  if (text.length > LIMITS.importBytes) return { ok: false, error: tooBig(text.length) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not a JSON file (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    if (Array.isArray(data) && data.length > LIMITS.runs) fail('the file', `at most ${LIMITS.runs} runs`, `${data.length}`);
    const runs = Array.isArray(data) ? data.map((r, i) => run(r, `run[${i}]`)) : [run(data, 'run')];
    if (runs.length === 0) return { ok: false, error: 'the file holds no runs' };
    return { ok: true, value: runs };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** "1.4 MB": sizes in messages. */
const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooBig(size: number): string {
  return `the file is ${megabytes(size)}; a rehearsal file is at most ${megabytes(LIMITS.importBytes)}`;
}

/** One stored run, checked like an import: the run, or what is wrong with it. */
export function checkRun(value: unknown, path = 'run'): Parsed<Run> {
  try {
    return { ok: true, value: run(value, path) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

export function runsToJson(runs: readonly Run[]): string {
  return `${JSON.stringify(runs, null, 2)}\n`;
}

const csvCell = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** One line per slide of each run: for a spreadsheet. */
export function runsToCsv(runs: readonly Run[]): string {
  const head = ['run', 'date', 'class', 'block', 'slide', 'title', 'planned_s', 'actual_s', 'skipped'];
  const rows = runs.flatMap((r) =>
    r.slides.map((s) => [r.id, r.date, `${r.classStart}-${r.classEnd}`, s.blockId, s.slide, s.title, s.seconds, Math.round((r.slideMs[s.slide] ?? 0) / 1000), r.skipped.includes(s.blockId) ? 'yes' : 'no']),
  );
  return `${[head, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
