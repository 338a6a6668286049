import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { emptyState, StoredStateSchema, type ClassState } from './class-state';

/** The class day as the laptop's clock says, `YYYY-MM-DD`: one file per day, so a new day starts empty. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface StateStore {
  readonly file: string;
  /** What the day's file holds, or an empty state, with why the file could not be used. */
  load(): { state: ClassState; problem?: string };
  /** Writes soon (changes in one burst are written once), whole and atomically. */
  save(state: ClassState): void;
  /** Writes now what `save` still holds. */
  flush(): void;
}

export function stateStore(dir: string, day: string, delayMs = 100): StateStore {
  const file = join(dir, `class-${day}.json`);
  let pending: ClassState | undefined;
  let timer: NodeJS.Timeout | undefined;
  const write = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const state = pending;
    pending = undefined;
    mkdirSync(dir, { recursive: true });
    // A crash mid-write leaves the old file whole: the new one appears only by rename.
    const tmp = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(state)}\n`);
    renameSync(tmp, file);
  };
  return {
    file,
    load() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return { state: emptyState(day) };
      }
      try {
        const parsed = v.safeParse(StoredStateSchema, JSON.parse(text));
        if (parsed.success && parsed.output.day === day) return { state: parsed.output };
        return { state: emptyState(day), problem: `${file} is not a class state for ${day}; starting empty` };
      } catch (error) {
        return { state: emptyState(day), problem: `${file} could not be read (${String(error)}); starting empty` };
      }
    },
    save(state) {
      pending = state;
      timer ??= setTimeout(write, delayMs);
    },
    flush: write,
  };
}

/**
 * The class's lecturer token: new for each day, kept beside the day's state (readable by this user only), so a
 * restarted server still knows the lecturer's browser and phone, and the printed link stays the same.
 */
export function dayToken(dir: string, day: string, fresh: () => string): string {
  const file = join(dir, `class-${day}.token`);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{32,}$/.test(kept)) return kept;
  } catch {
    // None yet: a new class day.
  }
  const token = fresh();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
