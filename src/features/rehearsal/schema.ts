import * as v from 'valibot';

/**
 * A rehearsal run as stored and exported, as a valibot schema: the `Run` type is inferred from it, so the shape
 * is declared once. Every check's message is what the value should be: the codec puts the path and the value
 * found around it ("run.startedAt should be a time between 2000 and 2100 (epoch ms), found 0").
 */

/**
 * Caps on what a run may hold. A real run of this deck has ~100 slides and a few hundred steps; files far beyond
 * these froze the page (47 MB never settled) or overflowed the stack (412,000 slides), so they are refused with a
 * message before anything big is built from them.
 */
export const LIMITS = {
  importBytes: 2 * 1024 * 1024,
  /** Slides, blocks, skipped blocks, and recorded slides and steps: each list or map of one run. */
  entries: 5000,
  runs: 100,
  /** Plausible epoch times: 2000-01-01 to 2100-01-01 (UTC). */
  earliest: Date.UTC(2000, 0, 1),
  latest: Date.UTC(2100, 0, 1),
  /** A rehearsal, a slide, a pause: each lasts less than a day. */
  dayMs: 24 * 60 * 60 * 1000,
} as const;

const CAPPED = `at most ${LIMITS.entries} entries`;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a missing entry of `entries` should have been: its own schema's message. */
function expectedOf(schema: v.GenericSchema): string {
  const wrapped: unknown = 'wrapped' in schema ? schema.wrapped : schema;
  const message = (wrapped as { message?: unknown }).message;
  return typeof message === 'string' ? message : 'an object';
}

/** An object whose missing keys are reported as what they should hold, as every other problem is. */
function record<E extends v.ObjectEntries>(entries: E) {
  return v.object(entries, (issue) => {
    const key = issue.path?.at(-1)?.key;
    const entry = typeof key === 'string' && issue.expected.startsWith('"') ? entries[key] : undefined;
    return entry ? expectedOf(entry) : 'an object';
  });
}

const text = v.string('text');
const count = v.pipe(v.number('a number ≥ 0'), v.finite('a number ≥ 0'), v.minValue(0, 'a number ≥ 0'));
/** Milliseconds less than a day: a slide, a step or the pauses of one run. */
const duration = v.pipe(
  count,
  v.check((n) => n < LIMITS.dayMs, 'less than a day (in ms)'),
);
/** An epoch time between 2000 and 2100: outside that, a clock or a file went wrong. */
const time = v.pipe(
  count,
  v.check((n) => n >= LIMITS.earliest && n < LIMITS.latest, 'a time between 2000 and 2100 (epoch ms)'),
);
/** A list, capped before its items are read. */
const list = <S extends v.GenericSchema>(item: S) =>
  v.pipe(v.array(v.unknown(), 'a list'), v.maxLength(LIMITS.entries, CAPPED), v.array(item));
/** Milliseconds per slide or step, capped before its values are read. */
const times = v.pipe(
  v.custom<Record<string, unknown>>(isObject, 'an object'),
  v.check((o) => Object.keys(o).length <= LIMITS.entries, CAPPED),
  v.record(v.string(), duration),
);

export const PlaceSchema = record({ blockId: text, slide: text, step: v.number('a number') });

export const BlockPlanSchema = record({
  id: text,
  title: text,
  kind: text,
  seconds: count,
  /** The block that runs until a clock time: it absorbs what the others overrun. */
  flexible: v.boolean('true or false'),
  minSeconds: count,
});

export const SlidePlanSchema = record({
  /** `h/v`, the slide's position in the deck; also the link target `#/h/v`. */
  slide: text,
  blockId: text,
  title: text,
  /** The slide's planned seconds. */
  seconds: count,
});

export const RunSchema = record({
  version: v.literal(1, '1 (a rehearsal run exported by this deck)'),
  id: text,
  /** Local date and times of the class the run was planned against. */
  date: text,
  classStart: text,
  classEnd: text,
  startedAt: time,
  endedAt: v.nullable(time),
  blocks: list(BlockPlanSchema),
  slides: list(SlidePlanSchema),
  /** Milliseconds recorded per slide (`h/v`) and per step (`h/v/f`). */
  slideMs: times,
  stepMs: times,
  /** Blocks the lecturer chose not to rehearse: counted at their planned length. */
  skipped: list(v.string('a block id')),
  /** Where the clock is running now, and since when; null while paused or ended. */
  open: v.nullable(record({ place: PlaceSchema, since: time })),
  /** Where the lecturer was when the clock stopped, so resuming knows where to count. */
  place: v.nullable(PlaceSchema),
  pausedMs: duration,
  pausedSince: v.nullable(time),
});

export type Place = v.InferOutput<typeof PlaceSchema>;
export type BlockPlan = v.InferOutput<typeof BlockPlanSchema>;
export type SlidePlan = v.InferOutput<typeof SlidePlanSchema>;
export type Run = v.InferOutput<typeof RunSchema>;
