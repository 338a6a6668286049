import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { SlideError } from './errors.ts';
import { BLOCK_KINDS, type BlockKind, type BlockLength } from './model.ts';

export interface FrontMatter {
  id: string;
  title: string;
  kind: BlockKind;
  length: BlockLength;
  /** Lines the front matter takes, fences included: the body's line numbers start after them. */
  lineCount: number;
}

const KEYS = ['block', 'title', 'kind', 'minutes', 'until-before-end', 'min-minutes'] as const;
type Key = (typeof KEYS)[number];

const FENCE = '---';

/** Splits `---`-fenced YAML off the top of a slide file and validates it. */
export function parseFrontMatter(file: string, source: string): FrontMatter {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== FENCE) {
    throw new SlideError(file, 1, 'a slide file starts with front matter: a line "---", YAML keys, then "---"');
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === FENCE);
  if (close < 0) throw new SlideError(file, 1, 'front matter is not closed: add a line "---" after its keys');

  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter });
  // YAML lines are counted from the line after the opening fence.
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line + 1);
  const firstError = doc.errors[0];
  if (firstError) {
    throw new SlideError(file, lineOf(firstError.pos[0]), `front matter is not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`);
  }
  if (!isMap(doc.contents)) throw new SlideError(file, 2, 'front matter must be YAML keys (block, title, kind, ...)');

  const values = new Map<Key, { value: unknown; line: number }>();
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(isScalar(keyNode) ? keyNode.range[0] : undefined);
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new SlideError(file, line, `unknown front-matter key "${key}" (known: ${KEYS.join(', ')})`);
    }
    const valueNode = pair.value;
    values.set(key as Key, { value: isScalar(valueNode) ? valueNode.value : valueNode, line });
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
    if (typeof entry.value !== 'number' || !Number.isFinite(entry.value) || entry.value <= 0) {
      throw new SlideError(file, entry.line, `"${key}" must be a positive number of minutes, not ${JSON.stringify(entry.value)}`);
    }
    return entry.value;
  };

  const id = text('block');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new SlideError(file, values.get('block')?.line ?? 2, `block id "${id}" must be lowercase words joined by "-"`);
  }
  const title = text('title');
  const kind = text('kind');
  if (!(BLOCK_KINDS as readonly string[]).includes(kind)) {
    throw new SlideError(file, values.get('kind')?.line ?? 2, `kind "${kind}" is not one of ${BLOCK_KINDS.join(', ')}`);
  }

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
    length = min === undefined ? { type: 'until-before-end', minutes: until } : { type: 'until-before-end', minutes: until, minMinutes: min };
  } else if (kind === 'lecture') {
    length = { type: 'slides' };
  } else {
    throw new SlideError(file, 2, `a ${kind} block needs "minutes" or "until-before-end"`);
  }
  if (min !== undefined && length.type !== 'until-before-end') {
    throw new SlideError(file, values.get('min-minutes')?.line ?? 2, '"min-minutes" only applies to a block with "until-before-end"');
  }

  return { id, title, kind: kind as BlockKind, length, lineCount: close + 1 };
}
