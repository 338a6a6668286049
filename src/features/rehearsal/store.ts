import * as v from 'valibot';
import { parsedBy } from '../../core/parsed-by';
import { checkRun } from './codec';
import type { SafeStorage } from '../../platform/storage';
import type { Run } from './schema';
import { storageKey } from '../../model/keys';

const HISTORY = storageKey('rehearsal.runs');
const CURRENT = storageKey('rehearsal.current');
/** Stored values this deck could not read, moved out of the way instead of overwritten: kept for export. */
export const SET_ASIDE = storageKey('rehearsal.set-aside');
const KEEP = 20;

/** What could not be read, as it was stored (parsed JSON, or the raw text when it was not JSON). */
const SetAsideSchema = v.array(v.object({ key: v.string(), reason: v.string(), value: v.unknown() }));
export type SetAside = v.InferOutput<typeof SetAsideSchema>[number];
/** What a save is read back as: only the ids are compared. */
const SavedIdsSchema = v.array(v.looseObject({ id: v.optional(v.unknown()) }));

const NOT_KEPT =
  'The browser would not save the rehearsal (storage full or blocked): it lasts until this page closes. Export it to keep it.';

/**
 * The run being recorded and the history of finished runs, in local storage. One unreadable run never costs the
 * others: it is set aside under its own key, and a key that could not be read is never written over (a history
 * overwritten by the next save lost five good runs). `problems` says what happened, for the dialog.
 */
export class RehearsalStore {
  runs: Run[] = [];
  current: Run | null = null;
  readonly problems: string[] = [];
  /** Everything set aside so far, this session's and earlier ones'. */
  setAside: SetAside[];
  /** False once a write failed: what is recorded now is lost on reload. */
  keeping = true;
  /** Keys that hold something unread and could not be set aside: writing them would destroy it. */
  private readonly locked = new Set<string>();

  constructor(private readonly storage: SafeStorage) {
    const earlier = storage.readJson(SET_ASIDE, parsedBy(SetAsideSchema));
    this.setAside = earlier.value ?? [];
    if (earlier.problem) this.locked.add(SET_ASIDE);
    const fresh: SetAside[] = [];

    const history = storage.readText(HISTORY);
    const list = this.parse(HISTORY, history, fresh);
    if (list !== undefined && !Array.isArray(list)) fresh.push({ key: HISTORY, reason: 'not a list of runs', value: list });
    if (Array.isArray(list)) {
      list.forEach((value: unknown, i) => {
        const checked = checkRun(value, `run[${i}]`);
        if (checked.ok) this.runs.push(checked.value);
        else fresh.push({ key: HISTORY, reason: checked.error, value });
      });
    }
    const stored = this.parse(CURRENT, storage.readText(CURRENT), fresh);
    if (stored !== undefined) {
      const checked = checkRun(stored);
      if (checked.ok) this.current = checked.value;
      else fresh.push({ key: CURRENT, reason: checked.error, value: stored });
    }
    if (fresh.length > 0) this.putAside(fresh);
  }

  saveCurrent(run: Run | null): void {
    this.current = run;
    if (run === null) {
      if (!this.locked.has(CURRENT)) this.storage.remove(CURRENT);
    } else this.write(CURRENT, run);
  }

  /**
   * Keeps the newest runs; the oldest go first. True only when storage holds them afterwards (read back): the
   * browser may refuse a write, or say nothing and keep nothing.
   */
  add(runs: readonly Run[]): boolean {
    const ids = new Set(runs.map((r) => r.id));
    this.runs = [...this.runs.filter((r) => !ids.has(r.id)), ...runs].sort((a, b) => a.startedAt - b.startedAt).slice(-KEEP);
    if (!this.write(HISTORY, this.runs)) return false;
    const back = this.storage.readJson(HISTORY, parsedBy(SavedIdsSchema));
    const kept = new Set(back.value?.map((r) => r.id));
    return runs.every((r) => kept.has(r.id));
  }

  delete(id: string): void {
    this.runs = this.runs.filter((r) => r.id !== id);
    this.write(HISTORY, this.runs);
  }

  /** The run before `run` in time, for the comparison in its report. */
  previous(run: Run): Run | null {
    return [...this.runs].reverse().find((r) => r.startedAt < run.startedAt && r.id !== run.id) ?? null;
  }

  /** Parsed JSON, the raw text as a set-aside entry when it is not JSON, or undefined (unset or unreadable). */
  private parse(key: string, read: { value: string | null; problem?: string }, fresh: SetAside[]): unknown {
    if (read.problem !== undefined) {
      // Storage refused the read: what it holds is unknown, so it must not be written over.
      this.locked.add(key);
      this.problems.push(`The rehearsal ${key === HISTORY ? 'history' : 'run'} could not be read (${read.problem}).`);
      return undefined;
    }
    if (read.value === null) return undefined;
    try {
      return JSON.parse(read.value) as unknown;
    } catch {
      fresh.push({ key, reason: `"${key}" does not hold valid JSON`, value: read.value });
      return undefined;
    }
  }

  private putAside(fresh: readonly SetAside[]): void {
    const all = [...this.setAside, ...fresh];
    const saved = !this.locked.has(SET_ASIDE) && this.storage.writeJson(SET_ASIDE, all);
    this.setAside = all;
    const what = fresh.length === 1 ? 'One stored rehearsal could not be read' : `${fresh.length} stored rehearsals could not be read`;
    const where = saved ? 'it is set aside (Export set-aside keeps a copy)' : 'it stays where it is, untouched';
    this.problems.push(`${what} (${fresh.map((f) => f.reason).join('; ')}); ${where}. The other runs are kept.`);
    // Not set aside: the keys that held it must not be written, or the next save would destroy it.
    if (!saved) for (const entry of fresh) this.locked.add(entry.key);
    // Set aside: take it out of the way now, or every load would set it aside again.
    else if (fresh.some((entry) => entry.key === HISTORY)) this.write(HISTORY, this.runs);
    if (saved && fresh.some((entry) => entry.key === CURRENT)) this.storage.remove(CURRENT);
  }

  private write(key: string, value: unknown): boolean {
    const ok = !this.locked.has(key) && this.storage.writeJson(key, value);
    if (!ok) {
      this.keeping = false;
      if (!this.problems.includes(NOT_KEPT)) this.problems.push(NOT_KEPT);
    }
    return ok;
  }
}
