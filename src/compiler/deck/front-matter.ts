import * as v from 'valibot';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { BlockLength } from '../../model/deck.ts';
import type { BlockKind } from '../../model/kinds.ts';
import { SlideError } from './errors.ts';
import { AS_WRITTEN, FRONT_MATTER, KEYS, type Key } from './front-matter-schema.ts';

export { MAX_BLOCK_MINUTES, type Key } from './front-matter-schema.ts';

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

const NOT_CLOSED = 'front matter is not closed: add a line "---" after its keys';

/** The front matter's YAML as keys, and the line of each (counted in the slide file). */
interface Keys {
  /** What the schema checks: each value as YAML reads it, or as written for the keys in AS_WRITTEN. */
  readonly input: Record<string, unknown>;
  readonly lines: ReadonlyMap<string, number>;
}

function readKeys(file: string, yaml: string, close: number): FrontMatter {
  const keys = keysOf(file, yaml);
  const parsed = v.safeParse(FRONT_MATTER, keys.input, { abortEarly: false });
  if (!parsed.success) throw firstIssue(file, parsed.issues, keys.lines);
  const keyLines = Object.fromEntries([...keys.lines].filter(([key]) => (KEYS as readonly string[]).includes(key)));
  return { ...parsed.output, lineCount: close + 1, keyLines };
}

function keysOf(file: string, yaml: string): Keys {
  const counter = new LineCounter();
  // Duplicate keys are this reader's to report, with the line of each.
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: false });
  // YAML lines are counted from the line after the opening fence.
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line + 1);
  const firstError = doc.errors[0];
  if (firstError) {
    throw new SlideError(file, lineOf(firstError.pos[0]), `front matter is not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`);
  }
  if (!isMap(doc.contents)) throw new SlideError(file, 2, 'front matter must be YAML keys (block, title, kind, ...)');
  return pairsOf(file, yaml, doc.contents, lineOf);
}

function pairsOf(file: string, yaml: string, map: YAMLMap, lineOf: (offset: number | undefined) => number): Keys {
  const input: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  for (const { key: keyNode, value: node } of map.items) {
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    const first = lines.get(key);
    if (first !== undefined) throw new SlideError(file, line, `"${key}" is given twice: once on line ${first}, again here`);
    lines.set(key, line);
    const range = isNode(node) ? node.range : undefined;
    if (AS_WRITTEN.has(key)) input[key] = range ? yaml.slice(range[0], range[1]).trim() : '';
    else input[key] = isNode(node) ? node.toJSON() : null;
  }
  return { input, lines };
}

/** The first mistake as a reader meets them, at the line of the key it is about (the keys' first line if none). */
function firstIssue(file: string, issues: readonly v.BaseIssue<unknown>[], lines: ReadonlyMap<string, number>): SlideError {
  const located = issues.map((issue) => {
    const key = issue.path?.[0]?.key;
    return { issue, line: (typeof key === 'string' ? lines.get(key) : undefined) ?? 2 };
  });
  const [first] = located.sort((a, b) => a.line - b.line);
  return new SlideError(file, first?.line ?? 2, first?.issue.message ?? 'front matter is not valid');
}
