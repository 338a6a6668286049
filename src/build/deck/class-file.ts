import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { MAX_BREAKS } from '../../model/config.ts';
import { formatClock, formatSpan, parseClock, parseDate } from '../../model/time.ts';
import type { ClassBreak, ClassDay } from '../../model/class-day.ts';
import { SlideError } from './errors.ts';

const KEYS = ['course', 'week', 'day', 'date', 'start', 'end', 'breaks'] as const;
type Key = (typeof KEYS)[number];
const BREAK_KEYS = ['at', 'title'];

/**
 * The class file: `CLASS_FILE` when set (another group's day, a test's), else `class.yaml` beside the slides.
 * Relative paths count from the project root.
 */
export function classFilePath(root: string, slidesDir: string, env = process.env.CLASS_FILE): string {
  return env ? resolve(root, env) : join(slidesDir, 'class.yaml');
}

/** Reads and checks the class file; every problem is a SlideError naming its line. */
export function loadClassFile(root: string, path: string): ClassDay {
  const file = relative(root, path);
  if (!existsSync(path)) {
    throw new SlideError(file, 1, 'no class file: it sets the class day (course, week, day, date, start, end, breaks)');
  }
  return parseClassFile(file, readFileSync(path, 'utf8'));
}

export function parseClassFile(file: string, source: string): ClassDay {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const lineOf = (node: unknown): number => {
    const offset = (node as Node | null)?.range?.[0];
    return offset === undefined ? 1 : counter.linePos(offset).line;
  };
  const fail = (node: unknown, problem: string): never => {
    throw new SlideError(file, lineOf(node), problem);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new SlideError(file, counter.linePos(firstError.pos[0]).line, `not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`);
  }
  if (!isMap(doc.contents)) fail(doc.contents, `the class file holds keys: ${KEYS.join(', ')}`);
  const values = new Map<Key, { key: unknown; value: unknown }>();
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!(KEYS as readonly string[]).includes(key)) fail(pair.key, `unknown key "${key}" (known: ${KEYS.join(', ')})`);
    values.set(key as Key, { key: pair.key, value: pair.value });
  }
  const nodeOf = (key: Key): unknown => values.get(key)?.value ?? values.get(key)?.key;

  const label = (key: 'course' | 'week' | 'day'): { [K in typeof key]?: string } => {
    if (!values.has(key)) return {};
    const node = nodeOf(key);
    const raw = isScalar(node) ? node.value : undefined;
    const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (text === '') fail(node, `"${key}" must be a short text, such as ${key === 'course' ? '"Docker lecture"' : '37'}`);
    return { [key]: text };
  };
  const clock = (key: 'start' | 'end'): number => {
    if (!values.has(key)) fail(doc.contents, `"${key}" is missing: the time class ${key === 'start' ? 'starts' : 'ends'}, HH:MM`);
    const node = nodeOf(key);
    const raw = isScalar(node) ? node.value : node;
    const minutes = typeof raw === 'string' ? parseClock(raw.trim()) : undefined;
    return minutes ?? fail(node, `"${key}" must be a clock time HH:MM, not ${JSON.stringify(String(raw))}`);
  };

  const start = clock('start');
  const end = clock('end');
  if (end <= start) fail(nodeOf('end'), `class ends at ${formatClock(end)}, which is not after it starts at ${formatClock(start)}`);
  const date = values.has('date') ? checkDate(nodeOf('date'), fail) : undefined;
  const breaks = checkBreaks(nodeOf('breaks'), { start, end }, fail);
  return { ...label('course'), ...label('week'), ...label('day'), ...(date === undefined ? {} : { date }), start, end, breaks };
}

type Fail = (node: unknown, problem: string) => never;

const scalar = (node: unknown): unknown => (isScalar(node) ? node.value : node);

/** A real calendar day, written `YYYY-MM-DD`. */
function checkDate(node: unknown, fail: Fail): string {
  const raw = scalar(node);
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  return parseDate(text) ?? fail(node, `"date" must be a day written YYYY-MM-DD, such as 2025-09-10, not ${JSON.stringify(text)}`);
}

/** Breaks as a list of `HH:MM-HH:MM` or `{ at: HH:MM-HH:MM, title: Lunch }`, inside the day, not overlapping. */
function checkBreaks(node: unknown, day: { start: number; end: number }, fail: Fail): ClassBreak[] {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) return fail(node, '"breaks" must be a list: "- 12:00-12:45" or "- { at: 12:00-12:45, title: Lunch }"');
  if (node.items.length > MAX_BREAKS) fail(node.items[MAX_BREAKS], `a day has at most ${MAX_BREAKS} breaks`);
  const read = node.items.map((item) => ({ item, pause: readBreak(item, fail) }));
  const dayLabel = formatSpan(day.start, day.end);
  for (const { item, pause } of read) {
    if (pause.start < day.start || pause.end > day.end) {
      fail(item, `break ${formatSpan(pause.start, pause.end)} is not inside the class (${dayLabel})`);
    }
  }
  const sorted = [...read].sort((a, b) => a.pause.start - b.pause.start);
  sorted.forEach(({ item, pause }, i) => {
    const previous = sorted[i - 1]?.pause;
    if (previous && pause.start < previous.end) {
      fail(item, `breaks ${formatSpan(previous.start, previous.end)} and ${formatSpan(pause.start, pause.end)} overlap`);
    }
  });
  return sorted.map(({ pause }) => pause);
}

function readBreak(item: unknown, fail: Fail): ClassBreak {
  let range: unknown = item;
  let title: string | undefined;
  if (isMap(item)) {
    for (const pair of item.items) {
      const key = String(scalar(pair.key));
      if (!BREAK_KEYS.includes(key)) fail(pair.key, `unknown break key "${key}" (known: ${BREAK_KEYS.join(', ')})`);
    }
    range = item.get('at', true);
    if (range === undefined) fail(item, 'a break needs "at: HH:MM-HH:MM"');
    const named = scalar(item.get('title', true));
    if (named !== undefined) {
      if (typeof named !== 'string' || named.trim() === '') fail(item, 'a break\'s "title" must be a short text, such as Lunch');
      title = named.trim();
    }
  }
  const text = String(scalar(range)).trim();
  const [from, to, ...rest] = text.split(/\s*[-–]\s*/);
  const start = from === undefined ? undefined : parseClock(from);
  const end = to === undefined ? undefined : parseClock(to);
  if (start === undefined || end === undefined || rest.length > 0) {
    return fail(range, `break ${JSON.stringify(text)} is not a time range HH:MM-HH:MM`);
  }
  if (end <= start) fail(range, `break ${text} does not end after it starts`);
  return title === undefined ? { start, end } : { start, end, title };
}
