/**
 * What each kind of agenda block does, one row per kind: the slide compiler, the agenda, the timeline, the
 * students' page and rehearsal all read this table, so a new kind is one new row.
 */
import { GAP_FILL, LIGHT } from './palette.ts';

export interface KindBehaviour {
  /** How the students' page names the kind. */
  readonly label: string;
  /** Its bar on the agenda timeline (and anywhere else the day is drawn). */
  readonly fill: string;
  /** A block of this kind may leave out `minutes`: it then lasts as long as its slides' times add up to. */
  readonly mayOmitMinutes: boolean;
  /** A rehearsal leaves it out unless the lecturer ticks it: nobody rehearses the class's own work. */
  readonly skippedInRehearsal: boolean;
  /** While it runs, the students' page shows its tasks as the current task sheet. */
  readonly tasksForStudents: boolean;
}

export const BLOCK_KIND_TABLE = {
  lecture: { label: 'Lecture', fill: LIGHT.blue, mayOmitMinutes: true, skippedInRehearsal: false, tasksForStudents: false },
  demo: { label: 'Demo', fill: LIGHT.yellow, mayOmitMinutes: false, skippedInRehearsal: false, tasksForStudents: false },
  practice: { label: 'Practice', fill: LIGHT.mint, mayOmitMinutes: false, skippedInRehearsal: true, tasksForStudents: true },
  planning: { label: 'Planning', fill: LIGHT.orange, mayOmitMinutes: false, skippedInRehearsal: false, tasksForStudents: false },
} as const satisfies Readonly<Record<string, KindBehaviour>>;

export type BlockKind = keyof typeof BLOCK_KIND_TABLE;
/** In the table's order, which is the order the compiler's message lists them in. */
export const BLOCK_KINDS = Object.keys(BLOCK_KIND_TABLE) as BlockKind[];

/** What a break or free time does: no slides of its own, so no question of minutes. */
export type GapBehaviour = Omit<KindBehaviour, 'mayOmitMinutes'>;

/** Agenda time outside any block. Breaks and free time are never rehearsed. */
export const GAP_KIND_TABLE = {
  break: { label: 'Break', fill: GAP_FILL.break, skippedInRehearsal: true, tasksForStudents: false },
  free: { label: 'Free time', fill: GAP_FILL.free, skippedInRehearsal: true, tasksForStudents: false },
} as const satisfies Readonly<Record<string, GapBehaviour>>;

export type GapKind = keyof typeof GAP_KIND_TABLE;
/** Anything the agenda lays on the day: a block, a break or free time. */
export type ItemKind = BlockKind | GapKind;

export const ITEM_KIND_TABLE: Readonly<Record<ItemKind, GapBehaviour>> = { ...BLOCK_KIND_TABLE, ...GAP_KIND_TABLE };

/** A kind's row; undefined for a word that is no kind (a rehearsal stored by an older deck). */
export function itemKind(kind: string): GapBehaviour | undefined {
  return Object.hasOwn(ITEM_KIND_TABLE, kind) ? ITEM_KIND_TABLE[kind as ItemKind] : undefined;
}
