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
 * The class's keys: the lecturer's token, new each day, and the paired phones' sessions. Kept beside the day's
 * state, readable by this user only, so a restarted server still knows the lecturer's browser and phone and
 * prints the same link.
 */
export interface DayKeys {
  readonly lecturerToken: string;
  readonly remotes: Set<string>;
  /** Writes the keys again (after a phone paired). */
  save(): void;
}

const KeysSchema = v.object({
  lecturer: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{32,}$/)),
  remotes: v.array(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{32,}$/))),
});

export function dayKeys(dir: string, day: string, fresh: () => string): DayKeys {
  const file = join(dir, `class-${day}.keys.json`);
  let kept: v.InferOutput<typeof KeysSchema> | undefined;
  try {
    const parsed = v.safeParse(KeysSchema, JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) kept = parsed.output;
  } catch {
    // None yet (a new class day), or unreadable: new keys, and the lecturer opens the new link.
  }
  const keys: DayKeys = {
    lecturerToken: kept?.lecturer ?? fresh(),
    remotes: new Set(kept?.remotes ?? []),
    save() {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${String(process.pid)}.tmp`;
      writeFileSync(tmp, `${JSON.stringify({ lecturer: keys.lecturerToken, remotes: [...keys.remotes] })}\n`, { mode: 0o600 });
      renameSync(tmp, file);
    },
  };
  if (!kept) keys.save();
  return keys;
}
