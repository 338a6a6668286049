import * as v from 'valibot';
import { isoDate } from '../../model/time';
import { storageKey } from '../../model/keys';

const finite = v.pipe(v.number(), v.finite());

/** A pause for questions in progress: the block it holds and when it began (ms since the epoch, deck clock). */
const PauseSchema = v.pipe(v.object({ blockId: v.string(), since: finite }), v.readonly());

/**
 * What the lecturer changed about today's agenda, as kept in local storage. Only its shape is checked here;
 * whether its numbers are plausible (within a day, not in the future) is the day's to judge, with a warning.
 */
export const AgendaStateSchema = v.pipe(
  v.object({
    /** Minutes added to each block (negative: taken away) with the + and - keys and by pauses. */
    // A list is an object too, to valibot's record: refused first, as a list of minutes means nothing here.
    adjustments: v.pipe(
      v.custom<object>((value) => !Array.isArray(value)),
      v.record(v.string(), finite),
      v.readonly(),
    ),
    pause: v.optional(PauseSchema),
    /** When the last change was made (ms since the epoch, deck clock): changes from before the class are offered for reset. */
    changedAt: v.optional(finite),
  }),
  v.readonly(),
);

export type AgendaState = v.InferOutput<typeof AgendaStateSchema>;
export type Pause = v.InferOutput<typeof PauseSchema>;

export const NO_CHANGES: AgendaState = { adjustments: {} };

/** Whose changes a record holds: the class's, or a rehearsal's (a `?now=` clock or `?rehearse`). */
export type DayRecord = 'class' | 'rehearsal';

/**
 * One key per calendar day, so yesterday's extensions never leak into today's class; a rehearsal's changes
 * have a key of their own, so a morning rehearsal's + and - never reach the afternoon's class.
 */
export function agendaStateKey(date: Date, record: DayRecord = 'class'): string {
  return storageKey(`agenda.${isoDate(date)}${record === 'rehearsal' ? '.rehearsal' : ''}`);
}

/** The stored value when it has the expected shape; undefined otherwise. */
export function parseAgendaState(value: unknown): AgendaState | undefined {
  const parsed = v.safeParse(AgendaStateSchema, value);
  if (!parsed.success) return undefined;
  const { adjustments, pause, changedAt } = parsed.output;
  return { adjustments, ...(pause ? { pause } : {}), ...(changedAt !== undefined ? { changedAt } : {}) };
}

/** `adjustments` with `minutes` more for `blockId`; a block back at its planned length drops out. */
export function addMinutes(adjustments: Readonly<Record<string, number>>, blockId: string, minutes: number): Record<string, number> {
  // Seconds are the finest unit the schedule keeps: anything closer to zero is the plan itself.
  const total = Math.round(((adjustments[blockId] ?? 0) + minutes) * 60) / 60;
  const others = Object.entries(adjustments).filter(([id]) => id !== blockId);
  return Object.fromEntries(total === 0 ? others : [...others, [blockId, total]]);
}
