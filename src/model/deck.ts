/** What the slide compiler hands the page: plain data, serialisable into the virtual module. */
import type { ClassDay } from './class-day.ts';
import type { BlockKind } from './kinds.ts';

export type BlockLength =
  | { type: 'fixed'; minutes: number }
  | { type: 'until-before-end'; minutes: number; minMinutes?: number }
  /** A lecture without `minutes`: as long as its slides' times add up to. */
  | { type: 'slides' };

export interface CompiledSlide {
  /** Text of the slide's first heading: the handout, rehearsal report and tests name slides by it. */
  title: string;
  /** Inner HTML of the slide's `<section>`, speaker notes included. */
  html: string;
  /** The author's `Note (N min):` time, when given. */
  seconds: number | null;
  /** The slide holds its block's countdown, so it carries the block's remaining time. */
  countdown: boolean;
  scene: string | null;
  /** 1-based line in the source file where the slide starts. */
  line: number;
}

export interface CompiledBlock {
  id: string;
  title: string;
  kind: BlockKind;
  length: BlockLength;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Horizontal slides, each a stack of one or more vertical slides. */
  stacks: CompiledSlide[][];
}

export interface DeckModel {
  blocks: CompiledBlock[];
}

/** What `virtual:deck` gives the page: the slides without their markup, and the class day. */
export interface PageDeck extends DeckModel {
  readonly classDay: ClassDay;
}
