import type { Clock } from '../core/agenda';
import type { PageDeck } from '../model/deck';
import { createDay, type Day } from './create-day';
import { readPageParams, type PageParams } from './params';
import { speakerView, type SpeakerView } from './speaker/role';
import { safeLocalStorage, type SafeStorage } from './storage';

/**
 * What every feature is handed, made once per page by the entry: the class day, storage, the clock (the real
 * one, or `?now=`'s rehearsal clock: the agenda and the rehearsal read the same one), the URL's parameters, and
 * which window of the deck this is. It outlives the features: attaching one again finds the same context.
 */
export interface DeckContext {
  /** The slide files as compiled: blocks, slides and their titles, and the class file's day. */
  readonly content: PageDeck;
  readonly params: PageParams;
  readonly storage: SafeStorage;
  readonly day: Day;
  readonly clock: Clock;
  readonly speaker: SpeakerView;
}

export interface ContextOptions {
  readonly deck: PageDeck;
  /** `location.search`. */
  readonly search: string;
  readonly storage?: SafeStorage;
  /** The real time; tests pass their own. */
  readonly clock?: Clock;
}

export function createContext({ deck, search, storage = safeLocalStorage(), clock }: ContextOptions): DeckContext {
  const params = readPageParams(search);
  const day = createDay({ deck, params, storage, ...(clock ? { clock } : {}) });
  const speaker = speakerView(params);
  return {
    content: deck,
    params,
    storage,
    day,
    clock: day.clock,
    speaker,
  };
}
