/**
 * Local storage that never throws: it can be missing (some embedded browsers), refuse access (SecurityError in
 * locked-down profiles), be full, or hold JSON that another version of the deck, or a person, wrote. Whatever is
 * stored is only ever a convenience, so every failure becomes a value the caller can show and move past.
 */
export interface StoredValue<T> {
  readonly value: T | undefined;
  /** Why a stored value could not be used; absent when the key is simply unset. */
  readonly problem?: string;
}

export interface SafeStorage {
  readJson<T>(key: string, validate: (value: unknown) => T | undefined): StoredValue<T>;
  /** The stored text as it is (null: unset), for a caller that must keep what it cannot parse. */
  readText(key: string): { readonly value: string | null; readonly problem?: string };
  /** False when the value could not be kept (no storage, quota, a value JSON cannot hold). */
  writeJson(key: string, value: unknown): boolean;
  remove(key: string): void;
}

type Attempt<R> = { ok: true; result: R } | { ok: false; error: string };

/** `open` is called on every use: a browser may revoke storage while the page runs. */
export function safeStorage(open: () => Storage | null | undefined): SafeStorage {
  const attempt = <R>(use: (storage: Storage) => R): Attempt<R> => {
    try {
      const storage = open();
      if (!storage) return { ok: false, error: 'local storage is not available' };
      return { ok: true, result: use(storage) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };

  return {
    readJson<T>(key: string, validate: (value: unknown) => T | undefined): StoredValue<T> {
      const read = attempt((storage) => storage.getItem(key));
      if (!read.ok) return { value: undefined, problem: `could not read "${key}" (${read.error})` };
      if (read.result === null) return { value: undefined };
      let parsed: unknown;
      try {
        parsed = JSON.parse(read.result);
      } catch {
        return { value: undefined, problem: `"${key}" does not hold valid JSON` };
      }
      const value = validate(parsed);
      return value === undefined ? { value, problem: `"${key}" does not hold what this deck expects` } : { value };
    },
    readText(key: string) {
      const read = attempt((storage) => storage.getItem(key));
      return read.ok ? { value: read.result } : { value: null, problem: `could not read "${key}" (${read.error})` };
    },
    writeJson(key: string, value: unknown): boolean {
      return attempt((storage) => {
        storage.setItem(key, JSON.stringify(value));
      }).ok;
    },
    remove(key: string): void {
      attempt((storage) => {
        storage.removeItem(key);
      });
    },
  };
}

export function safeLocalStorage(): SafeStorage {
  return safeStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
}
