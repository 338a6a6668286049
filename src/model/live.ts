/**
 * The live class's messages, one schema for the browser and the class server. Both sides parse every message
 * they receive with these; the server also judges who may send which kind (`LECTURER_KINDS`). A new kind of
 * message (ink, say) is one schema added to `ClientMessageSchema` or `ServerMessageSchema` and one handler
 * on each side.
 */
import * as v from 'valibot';
import { InkMessageSchema, INK_LIMITS, SlideIdSchema, StrokeSchema } from './ink';
import { CLASS_META, ROLES, type Role } from './live-role';

export const LIVE_LIMITS = {
  /** The largest message the server reads, in bytes: a position or a question is far below it. */
  messageBytes: 2048,
  /** The largest message from the lecturer's side: a stroke of `INK_LIMITS.pointsPerStroke` points fits. */
  staffMessageBytes: 60 * 1024,
  /** Messages a connection may send in a burst, then per second: a lecturer's clicks and a student's taps fit. */
  burst: 30,
  perSecond: 10,
  questionChars: 280,
  /** The most questions the class keeps, and questions one device may ask in a minute. */
  questions: 200,
  questionsPerMinute: 3,
  /** The most tasks marks are kept for: a day has a few dozen. */
  tasks: 300,
} as const;

/** The role the class server gives a page (written into the page it serves, and told again on connect). */
export const RoleSchema = v.picklist(ROLES);
export { CLASS_META, ROLES, type Role };

const index = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** Where the lecturer is: reveal's indices; `f` is the fragment step shown (-1: none yet), a scene's step. */
export const PositionSchema = v.strictObject({
  h: index(10_000),
  v: index(1_000),
  f: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(1_000)),
});
export type Position = v.InferOutput<typeof PositionSchema>;

/** A device's random id, kept in its browser: marks survive a reload, and count once per device. */
export const DeviceSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
/** A task: its block and its index in the block's task sheet (`container-fun/3`). */
export const TaskIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}\/\d{1,3}$/));
export const MarkSchema = v.picklist(['done', 'stuck', 'none']);
export type Mark = v.InferOutput<typeof MarkSchema>;
const QuestionIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));

/** What a browser may send. */
export const ClientMessageSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('hello'), device: DeviceSchema }),
  v.strictObject({ kind: v.literal('ping'), t: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ kind: v.literal('go'), position: PositionSchema }),
  v.strictObject({ kind: v.literal('mark'), task: TaskIdSchema, mark: MarkSchema }),
  v.strictObject({
    kind: v.literal('ask'),
    text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIVE_LIMITS.questionChars)),
  }),
  v.strictObject({ kind: v.literal('vote'), id: QuestionIdSchema, up: v.boolean() }),
  v.strictObject({ kind: v.literal('answered'), id: QuestionIdSchema, answered: v.boolean() }),
  v.strictObject({ kind: v.literal('step'), by: v.picklist([1, -1]) }),
  /** The lecturer's ink: a stroke (again as it grows), an erase, a slide's keep toggle, the laser. */
  v.strictObject({ kind: v.literal('ink'), ink: InkMessageSchema }),
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;
export type ClientKind = ClientMessage['kind'];

/** Kinds only the lecturer's connections (the deck, the paired phone) may send; anything else from a student is dropped. */
export const LECTURER_KINDS: ReadonlySet<ClientKind> = new Set<ClientKind>(['go', 'answered', 'step', 'ink']);

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
export const TaskCountSchema = v.strictObject({ task: TaskIdSchema, done: CountSchema, stuck: CountSchema });
export type TaskCount = v.InferOutput<typeof TaskCountSchema>;
export const QuestionSchema = v.strictObject({
  id: QuestionIdSchema,
  text: v.pipe(v.string(), v.maxLength(LIVE_LIMITS.questionChars)),
  votes: CountSchema,
  answered: v.boolean(),
  /** Whether this device asked or upvoted it: a student's own view, never who did. */
  mine: v.boolean(),
});
export type Question = v.InferOutput<typeof QuestionSchema>;
/** The class's practice picture: per task, done and stuck out of the students connected now. */
export const PracticeSchema = v.strictObject({ students: CountSchema, tasks: v.array(TaskCountSchema) });
export type Practice = v.InferOutput<typeof PracticeSchema>;
/** This device's own marks, so a reload shows them again. */
export const MyMarksSchema = v.record(TaskIdSchema, v.picklist(['done', 'stuck']));

/** The day's ink the class holds: what a lecturer's deck opened fresh draws again. */
export const ClassInkSchema = v.strictObject({
  strokes: v.pipe(v.array(StrokeSchema), v.maxLength(INK_LIMITS.strokes)),
  keep: v.pipe(v.array(SlideIdSchema), v.maxLength(INK_LIMITS.slidesKept)),
});
export type ClassInk = v.InferOutput<typeof ClassInkSchema>;

/** What the server sends. `state` is the whole picture, sent on every (re)connect: no client reloads to recover. */
export const ServerMessageSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('state'),
    role: RoleSchema,
    position: v.nullable(PositionSchema),
    practice: PracticeSchema,
    questions: v.array(QuestionSchema),
    marks: MyMarksSchema,
    ink: ClassInkSchema,
  }),
  v.strictObject({ kind: v.literal('position'), position: PositionSchema }),
  v.strictObject({ kind: v.literal('practice'), practice: PracticeSchema }),
  v.strictObject({ kind: v.literal('questions'), questions: v.array(QuestionSchema) }),
  v.strictObject({ kind: v.literal('marks'), marks: MyMarksSchema }),
  v.strictObject({ kind: v.literal('pong'), t: v.number() }),
  /** To the deck: the paired phone asked for the next or previous step. */
  v.strictObject({ kind: v.literal('step'), by: v.picklist([1, -1]) }),
  v.strictObject({ kind: v.literal('ink'), ink: InkMessageSchema }),
]);
export type ServerMessage = v.InferOutput<typeof ServerMessageSchema>;

/** How far the students' link reaches: the LAN, this laptop only (`--host 127.0.0.1`), or no network yet. */
export const STUDENT_REACH = ['lan', 'this-laptop', 'no-network'] as const;
export type StudentReach = (typeof STUDENT_REACH)[number];

/** What `class/info` tells the lecturer's pages about the students' link (the figures beside it are not read here). */
export const ClassInfoSchema = v.object({
  studentLink: v.pipe(v.string(), v.url(), v.maxLength(300)),
  studentReach: v.picklist(STUDENT_REACH),
});
export type ClassInfo = v.InferOutput<typeof ClassInfoSchema>;

/** The one WebSocket path, relative to the page. */
export const CHANNEL_PATH = 'live';
