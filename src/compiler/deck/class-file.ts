import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { isNode, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { ClassDay } from '../../model/class-day.ts';
import { dayProblems, parseBreak, type DayProblem } from '../../model/day-rules.ts';
import { PAPER_CHOICES, parsePaper } from '../../model/paper.ts';
import { dateProblem, parseClock, parseDate } from '../../model/time.ts';
import { decodeSlideFile } from './decode.ts';
import { SlideError } from './errors.ts';

const KEYS = ['course', 'week', 'day', 'date', 'start', 'end', 'breaks', 'paper'] as const;
/** A class file is a dozen lines; anything much larger is the wrong file, and its labels would flood every screen. */
export const MAX_CLASS_FILE_BYTES = 64 * 1024;
/** Long enough for any course name; a longer one overflows the page title and the handout's cover. */
export const MAX_LABEL_LENGTH = 100;

/**
 * The class file: `CLASS_FILE` when set (another group's day, a test's), else `class.yaml` beside the slides.
 * Relative paths count from the project root.
 */
export function classFilePath(root: string, slidesDir: string, env = process.env.CLASS_FILE): string {
  return env ? resolve(root, env) : join(slidesDir, 'class.yaml');
}

/** Why the slides cannot be taught in a day; the build passes the schedule's answer. */
export type DayCheck = (day: ClassDay) => string | undefined;

/** Reads and checks the class file; every problem is a SlideError naming its line. */
export function loadClassFile(root: string, path: string, holds?: DayCheck): ClassDay {
  const inRoot = relative(root, path);
  const file = inRoot === '' || inRoot.startsWith('..') ? path : inRoot;
  const named = process.env.CLASS_FILE ? ` (CLASS_FILE=${process.env.CLASS_FILE})` : '';
  if (!existsSync(path)) {
    throw new SlideError(file, 1, `no class file here${named}: it sets the class day (course, week, day, date, start, end, breaks, paper)`);
  }
  const stat = statSync(path);
  if (!stat.isFile()) throw new SlideError(file, 1, `this is a folder, not a class file${named}: name a .yaml file`);
  if (stat.size > MAX_CLASS_FILE_BYTES) {
    const size = `${Math.round(stat.size / 1024)} KB`;
    throw new SlideError(
      file,
      1,
      `the class file is ${size}; a class file is a few lines (at most ${MAX_CLASS_FILE_BYTES / 1024} KB): is it the right file?`,
    );
  }
  return parseClassFile(file, decodeSlideFile(file, readFileSync(path)), holds);
}

export function parseClassFile(file: string, source: string, holds?: DayCheck): ClassDay {
  const counter = new LineCounter();
  // The failsafe schema reads every value as the text written: `week: 37.50` stays "37.50", `0x25` stays "0x25".
  const doc = parseDocument(source, { lineCounter: counter, schema: 'failsafe' });
  const lineAt = (offset: number): number => counter.linePos(offset).line;
  const lineOf = (node: unknown): number => (isNode(node) && node.range ? lineAt(node.range[0]) : 1);
  const firstError = doc.errors[0];
  if (firstError) throw new SlideError(file, lineAt(firstError.pos[0]), yamlProblem(firstError, source));
  visit(doc, {
    Alias(_, alias) {
      throw new SlideError(file, lineOf(alias), `"*${alias.source}" refers to another value: write the value itself here`);
    },
  });
  if (doc.contents === null) throw new SlideError(file, 1, `the class file is empty: it needs at least "start: HH:MM" and "end: HH:MM"`);

  const parsed = v.safeParse(CLASS_FILE, doc.toJS());
  if (!parsed.success) {
    // The first mistake in the file, as a reader meets them, whatever order the schema checks keys in.
    const [first] = parsed.issues
      .map((issue) => ({
        issue,
        line: lineOf(
          nodeAt(
            doc,
            (issue.path ?? []).map((item) => item.key as string | number),
          ),
        ),
      }))
      .sort((a, b) => a.line - b.line);
    if (first) throw new SlideError(file, first.line, first.issue.message);
  }
  if (!parsed.success) throw new SlideError(file, 1, 'the class file cannot be read');
  const { breaks: given = [], ...day } = parsed.output;
  const breaks = given.map(({ at, title }) => (title === undefined ? at : { ...at, title }));
  const problem = dayProblems({ start: day.start, end: day.end, breaks })[0];
  if (problem) throw new SlideError(file, lineOf(nodeAt(doc, problemPath(problem))), problem.problem);
  const classDay = { ...day, breaks: breaks.sort((a, b) => a.start - b.start) };
  // A day too short for the slides is the class times' fault: said at "end", which the lecturer will move.
  const why = holds?.(classDay);
  if (why !== undefined) throw new SlideError(file, lineOf(nodeAt(doc, ['end'])), why);
  return classDay;
}

const problemPath = (problem: DayProblem): (string | number)[] =>
  problem.field === 'end' ? ['end'] : problem.index === undefined ? ['breaks'] : ['breaks', problem.index];

/** The node a path names, or its nearest ancestor that exists (a missing key is reported at its map). */
function nodeAt(doc: Document, path: readonly (string | number)[]): unknown {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (isNode(node)) return node;
    // A key with no value: its key node carries the line.
    if (length === 1 && typeof path[0] === 'string' && doc.has(path[0])) return doc.contents;
  }
  return doc.contents;
}

/** YAML's own messages name its grammar; these say what to write. */
function yamlProblem(error: YAMLError, source: string): string {
  const line = source.slice(source.lastIndexOf('\n', error.pos[0] - 1) + 1).split('\n')[0] ?? '';
  const key = /^\s*([^:#\s][^:]*):/.exec(line)?.[1]?.trim();
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `"${key ?? 'a key'}" is given twice: keep one`;
    case 'MULTIPLE_DOCS':
      return 'a line "---" splits this file in two: is it a slide file? The class file holds only lines "key: value"';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `a value with ": " in it needs quotes, such as course: "Docker: the basics"`;
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? 'a quote opened on this line or above is not closed'
        : 'each line is "key: value", with a colon and a space';
    default:
      return `this line cannot be read as "key: value" (${error.message.split(' at line')[0] ?? error.code})`;
  }
}

/** A strict object's message: a key it does not know, a key it needs, or not a set of keys at all. */
const keyMessage =
  (what: string, keys: readonly string[], shape: string) =>
  (issue: v.StrictObjectIssue): string => {
    if (issue.expected === 'never') return `unknown ${what}key "${String(issue.input)}" (known: ${keys.join(', ')})`;
    if (issue.expected === '"start"' || issue.expected === '"end"') {
      const key = issue.expected.slice(1, -1);
      return `"${key}" is missing: the time class ${key === 'start' ? 'starts' : 'ends'}, as "${key}: HH:MM"`;
    }
    if (issue.expected === '"at"') return 'a break needs "at: HH:MM-HH:MM"';
    return shape;
  };

const given = (input: unknown): string => (typeof input === 'string' ? JSON.stringify(input) : 'a list or a set of keys');

const label = (key: string, example: string) =>
  v.pipe(
    v.string((issue) => `"${key}" must be a short text, such as ${example}, not ${given(issue.input)}`),
    v.trim(),
    v.nonEmpty(`"${key}" is empty: write a short text, such as ${example}, or leave the line out`),
    v.maxLength(MAX_LABEL_LENGTH, (issue) => `"${key}" is ${issue.received} characters long; at most ${MAX_LABEL_LENGTH}`),
  );

const clock = (key: 'start' | 'end') =>
  v.pipe(
    v.string((issue) => `"${key}" must be a clock time HH:MM, not ${given(issue.input)}`),
    v.trim(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const minutes = parseClock(dataset.value);
      if (minutes !== undefined) return minutes;
      addIssue({ message: `"${key}" must be a clock time HH:MM (24-hour, such as 09:00), not ${JSON.stringify(dataset.value)}` });
      return NEVER;
    }),
  );

const DATE = v.pipe(
  v.string((issue) => `"date" must be a day written YYYY-MM-DD, not ${given(issue.input)}`),
  v.trim(),
  v.check(
    (text) => parseDate(text) !== undefined,
    (issue) => `"date" ${JSON.stringify(issue.input)} ${dateProblem(issue.input)}`,
  ),
);

const PAPER = v.pipe(
  v.string((issue) => `"paper" must be ${PAPER_CHOICES}, not ${given(issue.input)}`),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const paper = parsePaper(dataset.value);
    if (paper) return paper;
    addIssue({ message: `"paper" must be ${PAPER_CHOICES} (the handout's paper), not ${JSON.stringify(dataset.value.trim())}` });
    return NEVER;
  }),
);

const RANGE = v.pipe(
  v.string((issue) => `a break is a time range such as 12:00-12:45, not ${given(issue.input)}`),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const span = parseBreak(dataset.value);
    if (span) {
      if (span.end > span.start) return span;
      addIssue({ message: `break ${dataset.value.trim()} does not end after it starts` });
      return NEVER;
    }
    addIssue({ message: `break ${JSON.stringify(dataset.value.trim())} is not a time range HH:MM-HH:MM, such as 12:00-12:45` });
    return NEVER;
  }),
);

const BREAK = v.pipe(
  v.unknown(),
  // "- 12:00-12:45" is short for "- { at: 12:00-12:45 }".
  v.transform((item) => (typeof item === 'string' ? { at: item } : item)),
  v.strictObject(
    { at: RANGE, title: v.optional(label('title', 'Lunch')) },
    keyMessage('break ', ['at', 'title'], 'a break is "- 12:00-12:45" or "- { at: 12:00-12:45, title: Lunch }"'),
  ),
);

const CLASS_FILE = v.pipe(
  v.unknown(),
  v.check(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    `the class file holds lines "key: value" (keys: ${KEYS.join(', ')})`,
  ),
  v.strictObject(
    {
      course: v.optional(label('course', '"Docker lecture"')),
      week: v.optional(label('week', '37')),
      day: v.optional(label('day', '3')),
      date: v.optional(DATE),
      start: clock('start'),
      end: clock('end'),
      paper: v.optional(PAPER),
      breaks: v.optional(
        v.pipe(
          v.union(
            [v.literal(''), v.array(v.unknown())],
            '"breaks" must be a list: "- 12:00-12:45" or "- { at: 12:00-12:45, title: Lunch }"',
          ),
          v.transform((list) => (list === '' ? [] : list)),
          v.array(BREAK),
        ),
      ),
    },
    keyMessage('', KEYS, `the class file holds lines "key: value" (keys: ${KEYS.join(', ')})`),
  ),
);
