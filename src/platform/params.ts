/**
 * The page's URL parameters, read in one place. reveal turns every `key=value` of the query into its config,
 * over the options the deck passes (`...Util.getQueryHash()` in `Reveal.initialize`), so:
 * - our own names are none of reveal's config keys (a unit test checks them against reveal's source);
 * - the config the deck derives from the class agenda (the speaker view's pacing) is reserved: a query value
 *   for it is ignored with a warning, and the entry puts the agenda's value back (`reservedConfig`).
 */

/** The deck's own parameters: the class day (start, end, now, break, date), rehearsal, and the handout. */
export const OWN_PARAMS = ['start', 'end', 'now', 'break', 'date', 'rehearse', 'notes', 'steps', 'per-page', 'paper'] as const;
/** reveal's parameters the deck reads: which window this is, and print view. */
export const REVEAL_PARAMS = ['receiver', 'postMessageEvents', 'print-pdf'] as const;
/** reveal config keys the class agenda sets: `?totalTime=` must not override the day's length. */
export const RESERVED_CONFIG = ['totalTime', 'defaultTiming', 'minimumTimePerSlide'] as const;

export type ParamName = (typeof OWN_PARAMS)[number] | (typeof REVEAL_PARAMS)[number];
export type ReservedConfig = (typeof RESERVED_CONFIG)[number];

export interface PageParams {
  has(name: ParamName): boolean;
  /** The first value; null when absent. */
  get(name: ParamName): string | null;
  getAll(name: ParamName): string[];
  /** Every name as written, for readers that warn about misspelled ones (`START=`). */
  keys(): string[];
  /** Reserved config keys the query tried to set, ignored. */
  readonly reserved: readonly ReservedConfig[];
  /** What the query asked for that the deck ignores, for the banner. */
  readonly warnings: readonly string[];
}

export function readPageParams(search: string): PageParams {
  const query = new URLSearchParams(search);
  const names = [...new Set(query.keys())];
  const reserved = RESERVED_CONFIG.filter((key) => names.includes(key));
  return {
    has: (name) => query.has(name),
    get: (name) => query.get(name),
    getAll: (name) => query.getAll(name),
    keys: () => names,
    reserved,
    warnings: reserved.map((key) => `${key}= is ignored: the class agenda sets reveal's ${key} (change the day with start= and end=)`),
  };
}

/** The deck's values for the reserved keys the query named, to hand back to reveal once it has read the query. */
export function reservedConfig<C extends Partial<Record<ReservedConfig, unknown>>>(params: PageParams, config: C): Partial<C> {
  return Object.fromEntries(params.reserved.map((key) => [key, config[key]])) as Partial<C>;
}
