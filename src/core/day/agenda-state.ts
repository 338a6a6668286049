/** What the lecturer changed about today's agenda, as kept in local storage. */
export interface AgendaState {
  /** Minutes added to each block (negative: taken away) with the + and - keys and by pauses. */
  readonly adjustments: Readonly<Record<string, number>>;
  /** A pause for questions in progress: the block it holds and when it began (ms since the epoch, deck clock). */
  readonly pause?: Pause;
}

export interface Pause {
  readonly blockId: string;
  readonly since: number;
}

export const NO_CHANGES: AgendaState = { adjustments: {} };

const pad = (n: number): string => String(n).padStart(2, '0');

/** One key per calendar day, so yesterday's extensions never leak into today's class. */
export function agendaStateKey(date: Date): string {
  return `vmdocker.agenda.${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored value when it has the expected shape; undefined otherwise. */
export function parseAgendaState(value: unknown): AgendaState | undefined {
  if (!isRecord(value) || !isRecord(value.adjustments)) return undefined;
  const adjustments: Record<string, number> = {};
  for (const [id, minutes] of Object.entries(value.adjustments)) {
    if (typeof minutes !== 'number' || !Number.isFinite(minutes)) return undefined;
    adjustments[id] = minutes;
  }
  if (value.pause === undefined) return { adjustments };
  const pause = value.pause;
  if (!isRecord(pause) || typeof pause.blockId !== 'string' || typeof pause.since !== 'number') return undefined;
  if (!Number.isFinite(pause.since)) return undefined;
  return { adjustments, pause: { blockId: pause.blockId, since: pause.since } };
}

/** `adjustments` with `minutes` more for `blockId`; a block back at its planned length drops out. */
export function addMinutes(
  adjustments: Readonly<Record<string, number>>,
  blockId: string,
  minutes: number,
): Record<string, number> {
  // Seconds are the finest unit the schedule keeps: anything closer to zero is the plan itself.
  const total = Math.round(((adjustments[blockId] ?? 0) + minutes) * 60) / 60;
  const others = Object.entries(adjustments).filter(([id]) => id !== blockId);
  return Object.fromEntries(total === 0 ? others : [...others, [blockId, total]]);
}
