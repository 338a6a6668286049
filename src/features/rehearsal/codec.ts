import * as v from 'valibot';
import { LIMITS, RunSchema, type Run } from './schema';

/**
 * Runs in and out of text: the history as stored, export files (JSON, CSV) and imports. An import is checked
 * against the run's schema, so a bad file gets a message saying what is wrong instead of a broken history.
 */

export { LIMITS } from './schema';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const shown = (got: unknown): string => (got === undefined ? 'nothing' : JSON.stringify(got).slice(0, 40));
const problem = (path: string, expected: string, got: unknown): Parsed<never> => ({
  ok: false,
  error: `${path} should be ${expected}, found ${shown(got)}`,
});

/** "run[0].slideMs.0/0": where in the file the problem is. */
function pathOf(root: string, issue: v.GenericIssue): string {
  return (issue.path ?? []).reduce(
    (path, item) => (item.type === 'array' ? `${path}[${String(item.key)}]` : `${path}.${String(item.key)}`),
    root,
  );
}

/** One run, checked field by field in order; the first problem is the message. */
function run(value: unknown, path: string): Parsed<Run> {
  const checked = v.safeParse(RunSchema, value, { abortEarly: true });
  if (!checked.success) {
    const [issue] = checked.issues;
    const input: unknown = issue.input;
    // A list or a map too long is shown by its length, not its first 40 characters.
    const got =
      issue.message === `at most ${LIMITS.entries} entries`
        ? `${typeof input === 'object' && input !== null ? Object.keys(input).length : 0} entries`
        : input;
    return problem(pathOf(path, issue), issue.message, got);
  }
  const result = checked.output;
  const end = result.endedAt ?? result.pausedSince ?? result.open?.since ?? result.startedAt;
  if (end < result.startedAt || end - result.startedAt >= LIMITS.dayMs)
    return problem(`${path}.endedAt`, 'within a day after startedAt', end);
  return { ok: true, value: result };
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
  if (Array.isArray(data) && data.length > LIMITS.runs) return problem('the file', `at most ${LIMITS.runs} runs`, `${data.length}`);
  const runs: Run[] = [];
  for (const [i, value] of (Array.isArray(data) ? data : [data]).entries()) {
    const checked = run(value, Array.isArray(data) ? `run[${i}]` : 'run');
    if (!checked.ok) return checked;
    runs.push(checked.value);
  }
  if (runs.length === 0) return { ok: false, error: 'the file holds no runs' };
  return { ok: true, value: runs };
}

/** "1.4 MB": sizes in messages. */
const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooBig(size: number): string {
  return `the file is ${megabytes(size)}; a rehearsal file is at most ${megabytes(LIMITS.importBytes)}`;
}

/** One stored run, checked like an import: the run, or what is wrong with it. */
export function checkRun(value: unknown, path = 'run'): Parsed<Run> {
  return run(value, path);
}

export function runsToJson(runs: readonly Run[]): string {
  return `${JSON.stringify(runs, null, 2)}\n`;
}

const csvCell = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** One line per slide of each run: for a spreadsheet. */
export function runsToCsv(runs: readonly Run[]): string {
  const head = ['run', 'date', 'class', 'block', 'slide', 'title', 'planned_s', 'actual_s', 'skipped'];
  const rows = runs.flatMap((r) =>
    r.slides.map((s) => [
      r.id,
      r.date,
      `${r.classStart}-${r.classEnd}`,
      s.blockId,
      s.slide,
      s.title,
      s.seconds,
      Math.round((r.slideMs[s.slide] ?? 0) / 1000),
      r.skipped.includes(s.blockId) ? 'yes' : 'no',
    ]),
  );
  return `${[head, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
