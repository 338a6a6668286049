/**
 * The class state the server holds, and the only functions that change it. Pure: no sockets, no files. Marks
 * and questions remember devices (to count each once and let a tap be undone) but what leaves the server is
 * counts and a device's own view, never who marked or asked what.
 */
import * as v from 'valibot';
import type { InkMessage } from '../model/ink';
import { applyInk } from '../model/ink-state';
import {
  ClassInkSchema,
  DeviceSchema,
  LIVE_LIMITS,
  PositionSchema,
  TaskIdSchema,
  type Mark,
  type Position,
  type Practice,
  type Question,
} from '../model/live';

const StoredQuestionSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  text: v.pipe(v.string(), v.maxLength(LIVE_LIMITS.questionChars)),
  asker: DeviceSchema,
  voters: v.array(DeviceSchema),
  answered: v.boolean(),
  asked: v.number(),
});
type StoredQuestion = v.InferOutput<typeof StoredQuestionSchema>;

/** The day's file: what a restart reads back. */
export const StoredStateSchema = v.object({
  day: v.pipe(v.string(), v.isoDate()),
  position: v.nullable(PositionSchema),
  marks: v.record(TaskIdSchema, v.record(DeviceSchema, v.picklist(['done', 'stuck']))),
  questions: v.array(StoredQuestionSchema),
  /** A day's file from before the class kept ink reads as a day without ink. */
  ink: v.optional(ClassInkSchema, () => ({ strokes: [], keep: [] })),
});
export type ClassState = v.InferOutput<typeof StoredStateSchema>;

export const emptyState = (day: string): ClassState => ({
  day,
  position: null,
  marks: {},
  questions: [],
  ink: { strokes: [], keep: [] },
});

/**
 * The lecturer's ink message applied to the class's ink by the rule the deck and the student view use. False
 * when nothing lasting changed (the laser) or the day holds its most strokes or kept slides.
 */
export function applyClassInk(state: ClassState, message: InkMessage): boolean {
  const next = applyInk(state.ink, message);
  if (next === state.ink) return false;
  state.ink = { strokes: [...next.strokes], keep: [...next.keep] };
  return true;
}

export function setPosition(state: ClassState, position: Position): boolean {
  const old = state.position;
  if (old && old.h === position.h && old.v === position.v && old.f === position.f) return false;
  state.position = position;
  return true;
}

/** A device's mark on a task; 'none' undoes it. False when nothing changed or the day holds too many tasks. */
export function setMark(state: ClassState, device: string, task: string, mark: Mark): boolean {
  const marks = state.marks[task];
  if (mark === 'none') {
    if (!marks || !(device in marks)) return false;
    state.marks[task] = Object.fromEntries(Object.entries(marks).filter(([d]) => d !== device));
    return true;
  }
  if (!marks) {
    if (Object.keys(state.marks).length >= LIVE_LIMITS.tasks) return false;
    state.marks[task] = { [device]: mark };
    return true;
  }
  if (marks[device] === mark) return false;
  marks[device] = mark;
  return true;
}

export function myMarks(state: ClassState, device: string): Record<string, 'done' | 'stuck'> {
  const mine: Record<string, 'done' | 'stuck'> = {};
  for (const [task, marks] of Object.entries(state.marks)) {
    const mark = marks[device];
    if (mark) mine[task] = mark;
  }
  return mine;
}

/** Per task, done and stuck among the devices connected now, out of how many they are. */
export function practice(state: ClassState, connected: ReadonlySet<string>): Practice {
  const tasks = Object.entries(state.marks)
    .map(([task, marks]) => {
      let done = 0;
      let stuck = 0;
      for (const [device, mark] of Object.entries(marks)) {
        if (!connected.has(device)) continue;
        if (mark === 'done') done++;
        else stuck++;
      }
      return { task, done, stuck };
    })
    .filter((count) => count.done + count.stuck > 0)
    .sort((a, b) => a.task.localeCompare(b.task, 'en', { numeric: true }));
  return { students: connected.size, tasks };
}

/** Asks a question; undefined when the class holds its most or the device asked too many this minute. */
export function ask(state: ClassState, device: string, text: string, now: number): StoredQuestion | undefined {
  if (state.questions.length >= LIVE_LIMITS.questions) return undefined;
  const recent = state.questions.filter((q) => q.asker === device && now - q.asked < 60_000).length;
  if (recent >= LIVE_LIMITS.questionsPerMinute) return undefined;
  const id = Math.max(0, ...state.questions.map((q) => q.id)) + 1;
  const question = { id, text, asker: device, voters: [], answered: false, asked: now };
  state.questions.push(question);
  return question;
}

export function vote(state: ClassState, device: string, id: number, up: boolean): boolean {
  const question = state.questions.find((q) => q.id === id);
  if (!question || question.asker === device) return false;
  const has = question.voters.includes(device);
  if (has === up) return false;
  question.voters = up ? [...question.voters, device] : question.voters.filter((d) => d !== device);
  return true;
}

export function markAnswered(state: ClassState, id: number, answered: boolean): boolean {
  const question = state.questions.find((q) => q.id === id);
  if (!question || question.answered === answered) return false;
  question.answered = answered;
  return true;
}

/** The questions as one device sees them: open ones first, by votes, then oldest first. */
export function questionsFor(state: ClassState, device: string | undefined): Question[] {
  return [...state.questions]
    .sort((a, b) => Number(a.answered) - Number(b.answered) || b.voters.length - a.voters.length || a.id - b.id)
    .map((q) => ({
      id: q.id,
      text: q.text,
      votes: q.voters.length,
      answered: q.answered,
      mine: device !== undefined && (q.asker === device || q.voters.includes(device)),
    }));
}
