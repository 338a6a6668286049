/**
 * The agenda's vocabulary. Clock times are minutes since local midnight; they may carry a fraction of a minute,
 * because a lecture lasts as long as its slides, which are timed in seconds.
 */
import type { BlockLength as DeckBlockLength } from '../../model/deck.ts';
import { GAP_KIND_TABLE, type BlockKind, type GapKind } from '../../model/kinds.ts';

export type { BlockKind, GapKind };

/**
 * A block lasts a fixed time, or runs until some minutes before class ends (the day's one flexible block): the
 * slide files' lengths, once a lecture timed by its slides has had them added up.
 */
export type BlockLength = Exclude<DeckBlockLength, { type: 'slides' }>;

export interface AgendaBlock {
  readonly id: string;
  readonly title: string;
  readonly kind: BlockKind;
  readonly length: BlockLength;
}

export interface Break {
  readonly start: number;
  readonly end: number;
  readonly title?: string;
}

export interface ScheduleInput {
  /** In class order. */
  readonly blocks: readonly AgendaBlock[];
  readonly start: number;
  readonly end: number;
  readonly breaks?: readonly Break[];
  /** Extra minutes per block id (negative shortens), from the lecturer's + and - keys. */
  readonly adjustments?: Readonly<Record<string, number>>;
}

/** One stretch of a block; a block interrupted by a break appears as several items with the same blockId. */
export interface BlockItem {
  readonly kind: BlockKind;
  readonly blockId: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

/** Time that belongs to no block: a break, or time left over at the end of a day without a flexible block. */
export interface GapItem {
  readonly kind: GapKind;
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

export type ScheduleItem = BlockItem | GapItem;

/** A block as the agenda slide shows it: from its first minute to its last, with its minutes of work. */
export interface ScheduledBlock {
  readonly id: string;
  readonly title: string;
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  /** Working minutes, without the breaks that fall inside the block. */
  readonly minutes: number;
}

export interface Schedule {
  readonly start: number;
  readonly end: number;
  /** Tile the class: the first starts at `start`, each starts where the previous ends, the last ends at `end`. */
  readonly items: readonly ScheduleItem[];
  /** In class order; a block the day had no room for is missing. */
  readonly blocks: readonly ScheduledBlock[];
}

export function isGap(item: ScheduleItem): item is GapItem {
  return Object.hasOwn(GAP_KIND_TABLE, item.kind);
}
