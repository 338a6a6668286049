import type { AgendaBlock } from './model.ts';
import type { Span } from './spans.ts';

/** The day reduced to what layout needs, in whole seconds since midnight, every problem already repaired. */
export interface Plan {
  readonly start: number;
  readonly end: number;
  /** Sorted, disjoint, inside the class. */
  readonly breaks: readonly TitledSpan[];
  readonly before: readonly FixedPart[];
  readonly flexible: FlexiblePart | undefined;
  readonly after: readonly FixedPart[];
}

export interface TitledSpan extends Span {
  readonly title: string;
}

export interface FixedPart {
  readonly block: AgendaBlock;
  readonly seconds: number;
}

export interface FlexiblePart {
  readonly block: AgendaBlock;
  /** The end the block asks for ("until N minutes before class ends", moved by its adjustment). */
  readonly endsBy: number;
  /** Seconds the lecturer added to it (negative: took away). */
  readonly adjustment: number;
  readonly minSeconds: number;
}

export const toSeconds = (minutes: number): number => Math.round(minutes * 60);
export const toMinutes = (seconds: number): number => seconds / 60;
