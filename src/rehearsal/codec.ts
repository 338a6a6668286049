import type { BlockPlan, Place, Run, SlidePlan } from './run';

/**
 * Runs in and out of text: the history as stored, export files (JSON, CSV) and imports. An import is checked
 * field by field, so a bad file gets a message saying what is wrong instead of a broken history.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

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

function numOrNull(o: Record<string, unknown>, key: string, path: string): number | null {
  return o[key] === null ? null : num(o, key, path);
}

function list<T>(o: Record<string, unknown>, key: string, path: string, item: (v: unknown, p: string) => T): T[] {
  const v = o[key];
  return Array.isArray(v) ? v.map((x, i) => item(x, `${path}.${key}[${i}]`)) : fail(`${path}.${key}`, 'a list', v);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  return isObject(v) ? v : fail(path, 'an object', v);
}

function times(o: Record<string, unknown>, key: string, path: string): Record<string, number> {
  const m = obj(o[key], `${path}.${key}`);
  return Object.fromEntries(Object.keys(m).map((k) => [k, num(m, k, `${path}.${key}`)]));
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
  return {
    version: 1,
    id: str(o, 'id', path),
    date: str(o, 'date', path),
    classStart: str(o, 'classStart', path),
    classEnd: str(o, 'classEnd', path),
    startedAt: num(o, 'startedAt', path),
    endedAt: numOrNull(o, 'endedAt', path),
    blocks: list(o, 'blocks', path, block),
    slides: list(o, 'slides', path, slide),
    slideMs: times(o, 'slideMs', path),
    stepMs: times(o, 'stepMs', path),
    skipped: list(o, 'skipped', path, (x, p) => (typeof x === 'string' ? x : fail(p, 'a block id', x))),
    open: openInterval(o.open, `${path}.open`),
    place: o.place === null ? null : place(o.place, `${path}.place`),
    pausedMs: num(o, 'pausedMs', path),
    pausedSince: numOrNull(o, 'pausedSince', path),
  };
}

function openInterval(v: unknown, path: string): Run['open'] {
  if (v === null) return null;
  const o = obj(v, path);
  return { place: place(o.place, `${path}.place`), since: num(o, 'since', path) };
}

/** Reads runs from JSON text: one run, or a list of them (an exported history). */
export function parseRuns(text: string): Parsed<Run[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not a JSON file (${error instanceof Error ? error.message : String(error)})` };
  }
  try {
    const runs = Array.isArray(data) ? data.map((r, i) => run(r, `run[${i}]`)) : [run(data, 'run')];
    if (runs.length === 0) return { ok: false, error: 'the file holds no runs' };
    return { ok: true, value: runs };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Validates what storage holds: any value (parsed JSON) that is a list of runs. */
export function runsFromStorage(value: unknown): Run[] | undefined {
  if (!Array.isArray(value)) return undefined;
  try {
    return value.map((r, i) => run(r, `run[${i}]`));
  } catch (error) {
    if (error instanceof Invalid) return undefined;
    throw error;
  }
}

export function runOrUndefined(value: unknown): Run | undefined {
  return runsFromStorage([value])?.[0];
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
