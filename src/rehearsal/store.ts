import { runOrUndefined, runsFromStorage } from './codec';
import type { SafeStorage } from '../presenter/storage';
import type { Run } from './run';

const HISTORY = 'vmdocker.rehearsal.runs';
const CURRENT = 'vmdocker.rehearsal.current';
const KEEP = 20;

/**
 * The run being recorded and the history of finished runs, in local storage. Unreadable storage loses the
 * history, never the deck: `problem` says what happened, for a notice.
 */
export class RehearsalStore {
  runs: Run[];
  current: Run | null;
  readonly problems: string[] = [];

  constructor(private readonly storage: SafeStorage) {
    const history = storage.readJson(HISTORY, runsFromStorage);
    const current = storage.readJson(CURRENT, runOrUndefined);
    for (const problem of [history.problem, current.problem]) if (problem) this.problems.push(problem);
    this.runs = history.value ?? [];
    this.current = current.value ?? null;
  }

  saveCurrent(run: Run | null): void {
    this.current = run;
    if (run === null) this.storage.remove(CURRENT);
    else this.write(CURRENT, run);
  }

  /** Keeps the newest runs; the oldest go first. */
  add(runs: readonly Run[]): void {
    const ids = new Set(runs.map((r) => r.id));
    this.runs = [...this.runs.filter((r) => !ids.has(r.id)), ...runs].sort((a, b) => a.startedAt - b.startedAt).slice(-KEEP);
    this.write(HISTORY, this.runs);
  }

  delete(id: string): void {
    this.runs = this.runs.filter((r) => r.id !== id);
    this.write(HISTORY, this.runs);
  }

  /** The run before `run` in time, for the comparison in its report. */
  previous(run: Run): Run | null {
    return [...this.runs].reverse().find((r) => r.startedAt < run.startedAt && r.id !== run.id) ?? null;
  }

  private write(key: string, value: unknown): void {
    if (!this.storage.writeJson(key, value)) {
      const problem = 'The browser would not save the rehearsal (storage full or blocked): it lasts until this page closes.';
      if (!this.problems.includes(problem)) this.problems.push(problem);
    }
  }
}
