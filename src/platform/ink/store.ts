import * as v from 'valibot';
import { NO_INK, type InkState } from '../../model/ink-state';
import { parsedBy } from '../../core/parsed-by';
import { INK_LIMITS, SlideIdSchema, StrokeSchema } from '../../model/ink';
import type { SafeStorage } from '../storage';
import { storageKey } from '../../model/keys';

/**
 * The day's ink in local storage, one key per class date: a reload, a closed speaker view or a sleeping laptop
 * loses nothing. Storage is a memory only: what it cannot give back starts the day without ink (and says so),
 * and a refused write leaves the ink on screen until the page reloads.
 */
const StoredInkSchema = v.object({
  strokes: v.pipe(v.array(StrokeSchema), v.maxLength(INK_LIMITS.strokes)),
  keep: v.pipe(v.array(SlideIdSchema), v.maxLength(INK_LIMITS.slidesKept)),
});

export const inkKey = (date: string): string => storageKey(`ink.${date}`);

export interface InkStore {
  load(): { readonly state: InkState; readonly problem?: string };
  /** False when storage refused it. */
  save(state: InkState): boolean;
}

export function inkStore(storage: SafeStorage, date: string): InkStore {
  const key = inkKey(date);
  const valid = parsedBy(StoredInkSchema);
  return {
    load() {
      const read = storage.readJson(key, valid);
      return read.problem === undefined ? { state: read.value ?? NO_INK } : { state: NO_INK, problem: read.problem };
    },
    save(state) {
      return storage.writeJson(key, state);
    },
  };
}
