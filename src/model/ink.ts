/**
 * Ink as data: strokes and the laser, the messages that carry them between the windows of the deck (and later
 * the class server), and the day's ink file. One set of valibot schemas, so every receiver (a window, the
 * server, the handout export) checks what arrives the same way and never trusts the sender.
 *
 * Coordinates are in slide space: reveal's 1280x720 slide box, whatever the window's size.
 */
import * as v from 'valibot';
import { DECK_KEY_PREFIX } from './keys';

export const SLIDE_SPACE = { width: 1280, height: 720 } as const;

export const INK_LIMITS = {
  pointsPerStroke: 2000,
  strokes: 5000,
  /** An ink file larger than this is refused before it is parsed. */
  fileBytes: 4 * 1024 * 1024,
  /** Strokes one erase (or clear) may name. */
  erased: 5000,
  slidesKept: 2000,
} as const;

export const INK_TOOLS = ['pen', 'highlighter'] as const;
export const INK_COLORS = ['#d62728', '#1f5fbf', '#222222', '#ffd400'] as const;
export const INK_FORMAT = `${DECK_KEY_PREFIX}-ink`;

/** Room around the slide box where a stroke may still reach: a circle around a title can start above it. */
const Coord = v.pipe(v.number(), v.finite(), v.minValue(-640), v.maxValue(1920));
const Pressure = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

export const InkIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/, 'is not a stroke id'));
/** A slide's lasting name (`block/index`), or `h/v` for a slide without one. */
export const SlideIdSchema = v.pipe(v.string(), v.regex(/^[\w.@/-]{1,80}$/, 'is not a slide id'));
export const InkPointSchema = v.tuple([Coord, Coord, Pressure]);

/** Where a stroke was drawn: reveal's indices, `f` -1 before the slide's first step. */
export const InkStepSchema = v.object({
  h: Index,
  v: Index,
  f: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(10_000)),
});

export const StrokeSchema = v.object({
  id: InkIdSchema,
  slide: SlideIdSchema,
  at: InkStepSchema,
  tool: v.picklist(INK_TOOLS),
  color: v.picklist(INK_COLORS),
  size: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(64)),
  points: v.pipe(v.array(InkPointSchema), v.minLength(1), v.maxLength(INK_LIMITS.pointsPerStroke)),
});

export const InkMessageSchema = v.variant('type', [
  v.object({ type: v.literal('stroke'), stroke: StrokeSchema }),
  v.object({ type: v.literal('erase'), ids: v.pipe(v.array(InkIdSchema), v.maxLength(INK_LIMITS.erased)) }),
  v.object({ type: v.literal('keep'), slide: SlideIdSchema, keep: v.boolean() }),
  /** The laser on `slide`; `point` null: the laser is off. */
  v.object({ type: v.literal('laser'), slide: SlideIdSchema, point: v.nullable(v.tuple([Coord, Coord])) }),
]);

export const InkFileSchema = v.object({
  format: v.literal(INK_FORMAT),
  version: v.literal(1),
  /** The deck it was drawn on (`deckId`): slide indices mean nothing on another deck. */
  deck: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'is not a deck id')),
  date: v.pipe(v.string(), v.isoDate()),
  /** Slides whose ink stays on screen across their steps. */
  keep: v.pipe(v.array(SlideIdSchema), v.maxLength(INK_LIMITS.slidesKept)),
  strokes: v.pipe(v.array(StrokeSchema), v.maxLength(INK_LIMITS.strokes)),
});

export type InkPoint = v.InferOutput<typeof InkPointSchema>;
export type InkStep = v.InferOutput<typeof InkStepSchema>;
export type Stroke = v.InferOutput<typeof StrokeSchema>;
export type InkTool = Stroke['tool'];
export type InkColor = Stroke['color'];
export type InkMessage = v.InferOutput<typeof InkMessageSchema>;
export type InkFile = v.InferOutput<typeof InkFileSchema>;

export type InkFileResult = { readonly ok: true; readonly file: InkFile } | { readonly ok: false; readonly problem: string };

/** UTF-8 bytes of `text`, without TextEncoder: model/ compiles with neither DOM nor Node types. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * An ink file's text, checked: its size, that it is JSON, that it is ours (format and shape, the first wrong
 * field named), and, given `deck`, that it was drawn on this deck.
 */
export function readInkFile(text: string, deck?: string): InkFileResult {
  const bytes = utf8Length(text);
  if (bytes > INK_LIMITS.fileBytes) {
    return { ok: false, problem: `it is too big (${mb(bytes)} MB; an ink file holds at most ${mb(INK_LIMITS.fileBytes)} MB)` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not JSON' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== INK_FORMAT) {
    return { ok: false, problem: `it is not an ink file of this deck (no "format": "${INK_FORMAT}")` };
  }
  const parsed = v.safeParse(InkFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, problem: `${v.getDotPath(issue) ?? 'its content'}: ${issue.message}` };
  }
  if (deck !== undefined && parsed.output.deck !== deck) {
    return { ok: false, problem: `it is from another deck (deck ${parsed.output.deck}; this deck is ${deck})` };
  }
  return { ok: true, file: parsed.output };
}

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);
