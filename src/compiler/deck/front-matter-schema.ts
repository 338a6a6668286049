import * as v from 'valibot';
import type { BlockLength } from '../../model/deck.ts';
import { BLOCK_KIND_TABLE, BLOCK_KINDS, type BlockKind } from '../../model/kinds.ts';

/**
 * A slide file's front matter as a valibot schema: a new key is one line here. Each message names what the
 * lecturer wrote; the caller puts the line of the key an issue's path points at in front of it.
 */

export const KEYS = ['block', 'title', 'kind', 'minutes', 'until-before-end', 'min-minutes', 'allow-scripts'] as const;
export type Key = (typeof KEYS)[number];
/** Keys whose value is checked as the text written, so that YAML's `0x1E`, `1e2` or `"30"` is not read as a number. */
export const AS_WRITTEN: ReadonlySet<string> = new Set<Key>(['minutes', 'until-before-end', 'min-minutes', 'allow-scripts']);

/** The longest a block may be, or run until before the end: a class day of 12 hours. */
export const MAX_BLOCK_MINUTES = 12 * 60;
/** Minutes as the lecturer writes them: decimal digits, not YAML's `0x1E`, `0o36`, `1e2` or `.inf`. */
const DECIMAL = /^\d+(\.\d+)?$/;
const BLOCK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BOOLEANS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'] as const;

/** What was written, for a message: quotes make a number or a flag text, and say so. */
export const given = (source: string): string => {
  if (source === '') return 'nothing';
  return /^["']/.test(source) ? `${source} (quoted, so it is text: remove the quotes)` : `"${source}"`;
};

const missing = (key: Key) => `front matter is missing "${key}"`;
const kindOf = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'boolean' ? String(value) : 'a set of keys';
};

/** A line of text (YAML may read `title: 42` as a number; it is the title "42"). */
const text = (key: Key) =>
  v.pipe(
    v.union([v.string(), v.number()], (issue) => (issue.input == null ? missing(key) : `"${key}" is text, not ${kindOf(issue.input)}`)),
    v.transform((value) => String(value).trim()),
    v.nonEmpty(missing(key)),
  );

const minutes = (key: Key) =>
  v.optional(
    v.pipe(
      v.string(),
      v.check(
        (source) => DECIMAL.test(source) && Number(source) > 0,
        (issue) => `"${key}" must be a positive number of minutes in decimal digits, such as 30 or 7.5, not ${given(issue.input)}`,
      ),
      v.transform(Number),
      v.maxValue(
        MAX_BLOCK_MINUTES,
        (issue) => `"${key}" is ${String(issue.input)} minutes, longer than any class day: at most ${MAX_BLOCK_MINUTES} (12 hours)`,
      ),
    ),
  );

const flag = (key: Key) =>
  v.optional(
    v.pipe(
      v.picklist(BOOLEANS, (issue) => `"${key}" is true or false, not ${given(String(issue.input))}`),
      v.transform((source) => source.toLowerCase() === 'true'),
    ),
    'false',
  );

const KEYS_GIVEN = v.strictObject(
  {
    block: v.pipe(
      text('block'),
      v.regex(BLOCK_ID, (issue) => `block id "${issue.input}" must be lowercase words joined by "-"`),
    ),
    title: text('title'),
    kind: v.pipe(
      text('kind'),
      v.picklist(BLOCK_KINDS, (issue) => `kind "${String(issue.input)}" is not one of ${BLOCK_KINDS.join(', ')}`),
    ),
    minutes: minutes('minutes'),
    'until-before-end': minutes('until-before-end'),
    'min-minutes': minutes('min-minutes'),
    'allow-scripts': flag('allow-scripts'),
  },
  (issue) =>
    issue.expected === 'never'
      ? `unknown front-matter key ${issue.received} (known: ${KEYS.join(', ')})`
      : `front matter is missing ${issue.expected}`,
);
type Given = v.InferOutput<typeof KEYS_GIVEN>;

/** The block's length from its keys: a block without minutes lasts as long as its slides. */
function lengthOf(keys: Given): BlockLength {
  const { minutes: fixed, 'until-before-end': until, 'min-minutes': min } = keys;
  if (fixed !== undefined) return { type: 'fixed', minutes: fixed };
  if (until === undefined) return { type: 'slides' };
  return min === undefined ? { type: 'until-before-end', minutes: until } : { type: 'until-before-end', minutes: until, minMinutes: min };
}

/**
 * The front matter, each value as YAML reads it except the keys in AS_WRITTEN, which arrive as the text written
 * ('' for none). Rules between keys point at the key that breaks them.
 */
export const FRONT_MATTER = v.pipe(
  KEYS_GIVEN,
  v.forward(
    v.check(
      (keys) => keys.minutes === undefined || keys['until-before-end'] === undefined,
      'give either "minutes" or "until-before-end", not both',
    ),
    ['until-before-end'],
  ),
  v.forward(
    v.check(
      (keys) => keys['min-minutes'] === undefined || keys['until-before-end'] !== undefined,
      '"min-minutes" only applies to a block with "until-before-end"',
    ),
    ['min-minutes'],
  ),
  v.forward(
    v.check(
      (keys) => lengthOf(keys).type !== 'slides' || BLOCK_KIND_TABLE[keys.kind].mayOmitMinutes,
      (issue) => `a ${issue.input.kind} block needs "minutes" or "until-before-end"`,
    ),
    ['kind'],
  ),
  v.transform((keys) => ({
    id: keys.block,
    title: keys.title,
    kind: keys.kind satisfies BlockKind,
    length: lengthOf(keys),
    allowScripts: keys['allow-scripts'],
  })),
);
