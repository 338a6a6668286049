import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { SlideError } from './errors.ts';
import type { BlockLength } from '../../model/deck.ts';
import { BLOCK_KIND_TABLE, BLOCK_KINDS, type BlockKind } from '../../model/kinds.ts';

export interface FrontMatter {
  id: string;
  title: string;
  kind: BlockKind;
  length: BlockLength;
  /** `allow-scripts: true`: the author's raw HTML may hold scripts, event handlers and `javascript:` URLs. */
  allowScripts: boolean;
  /** Lines the front matter takes, fences included: the body's line numbers start after them. */
  lineCount: number;
  /** The line of each key given, for messages about the block as a whole. */
  keyLines: Partial<Record<Key, number>>;
}

const KEYS = ['block', 'title', 'kind', 'minutes', 'until-before-end', 'min-minutes', 'allow-scripts'] as const;
export type Key = (typeof KEYS)[number];

/** The longest a block may be, or run until before the end: a class day of 12 hours. */
export const MAX_BLOCK_MINUTES = 12 * 60;
/** Minutes as the lecturer writes them: decimal digits, not YAML's `0x1E`, `0o36`, `1e2` or `.inf`. */
const DECIMAL = /^\d+(\.\d+)?$/;

const FENCE = '---';

/** Splits `---`-fenced YAML off the top of a slide file and validates it. */
export function parseFrontMatter(file: string, source: string): FrontMatter {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== FENCE) {
    throw new SlideError(file, 1, 'a slide file starts with front matter: a line "---", YAML keys, then "---"');
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === FENCE);
  if (close < 0) throw new SlideError(file, 1, NOT_CLOSED);
  try {
    return readKeys(file, lines.slice(1, close).join('\n'), close);
  } catch (error) {
    // Without its closing fence, the front matter runs on to the first slide separator and reads the first slide
    // as YAML; a Markdown heading inside it tells that this, not the slide text, is the mistake.
    const heading = lines.slice(1, close).findIndex((l) => /^#{1,6}\s+\S/.test(l));
    if (error instanceof SlideError && heading >= 0) {
      throw new SlideError(file, 1, `${NOT_CLOSED}: the heading on line ${heading + 2} is read as front matter`);
    }
    throw error;
  }
}

const given = (source: string) => {
  if (source === '') return 'nothing';
  return /^["']/.test(source) ? `${source} (quoted, so it is text: remove the quotes)` : `"${source}"`;
};

const NOT_CLOSED = 'front matter is not closed: add a line "---" after its keys';

function readKeys(file: string, yaml: string, close: number): FrontMatter {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  // YAML lines are counted from the line after the opening fence.
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line + 1);
  const firstError = doc.errors[0];
  if (firstError) {
    throw new SlideError(file, lineOf(firstError.pos[0]), `front matter is not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`);
  }
  if (!isMap(doc.contents)) throw new SlideError(file, 2, 'front matter must be YAML keys (block, title, kind, ...)');

  const values = new Map<Key, { value: unknown; source: string; line: number }>();
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(isScalar(keyNode) ? keyNode.range[0] : undefined);
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new SlideError(file, line, `unknown front-matter key "${key}" (known: ${KEYS.join(', ')})`);
    }
    const valueNode = pair.value;
    const range = isNode(valueNode) ? valueNode.range : undefined;
    const source = range ? yaml.slice(range[0], range[1]).trim() : '';
    values.set(key as Key, { value: isScalar(valueNode) ? valueNode.value : valueNode, source, line });
  }

  const text = (key: Key): string => {
    const entry = values.get(key);
    const raw = entry?.value;
    const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (value === '') throw new SlideError(file, 2, `front matter is missing "${key}"`);
    return value;
  };
  const minutes = (key: Key): number | undefined => {
    const entry = values.get(key);
    if (entry === undefined) return undefined;
    if (typeof entry.value !== 'number' || !DECIMAL.test(entry.source) || entry.value <= 0) {
      throw new SlideError(
        file,
        entry.line,
        `"${key}" must be a positive number of minutes in decimal digits, such as 30 or 7.5, not ${given(entry.source)}`,
      );
    }
    if (entry.value > MAX_BLOCK_MINUTES) {
      throw new SlideError(
        file,
        entry.line,
        `"${key}" is ${entry.source} minutes, longer than any class day: at most ${MAX_BLOCK_MINUTES} (12 hours)`,
      );
    }
    return entry.value;
  };
  const flag = (key: Key): boolean => {
    const entry = values.get(key);
    if (entry === undefined) return false;
    if (typeof entry.value !== 'boolean') throw new SlideError(file, entry.line, `"${key}" is true or false, not ${given(entry.source)}`);
    return entry.value;
  };

  const id = text('block');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new SlideError(file, values.get('block')?.line ?? 2, `block id "${id}" must be lowercase words joined by "-"`);
  }
  const title = text('title');
  const kind = text('kind');
  if (!Object.hasOwn(BLOCK_KIND_TABLE, kind)) {
    throw new SlideError(file, values.get('kind')?.line ?? 2, `kind "${kind}" is not one of ${BLOCK_KINDS.join(', ')}`);
  }
  const behaviour = BLOCK_KIND_TABLE[kind as BlockKind];

  const fixed = minutes('minutes');
  const until = minutes('until-before-end');
  const min = minutes('min-minutes');
  const lengthLine = values.get('until-before-end')?.line ?? values.get('minutes')?.line ?? 2;
  let length: BlockLength;
  if (fixed !== undefined && until !== undefined) {
    throw new SlideError(file, lengthLine, 'give either "minutes" or "until-before-end", not both');
  } else if (fixed !== undefined) {
    length = { type: 'fixed', minutes: fixed };
  } else if (until !== undefined) {
    length =
      min === undefined ? { type: 'until-before-end', minutes: until } : { type: 'until-before-end', minutes: until, minMinutes: min };
  } else if (behaviour.mayOmitMinutes) {
    length = { type: 'slides' };
  } else {
    throw new SlideError(file, 2, `a ${kind} block needs "minutes" or "until-before-end"`);
  }
  if (min !== undefined && length.type !== 'until-before-end') {
    throw new SlideError(file, values.get('min-minutes')?.line ?? 2, '"min-minutes" only applies to a block with "until-before-end"');
  }

  const keyLines = Object.fromEntries([...values].map(([key, entry]) => [key, entry.line]));
  return { id, title, kind: kind as BlockKind, length, allowScripts: flag('allow-scripts'), lineCount: close + 1, keyLines };
}
