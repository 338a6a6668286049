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

/** What the page reads of a slide: its time, and its title for the rehearsal report. Its markup is in the page. */
export type PageSlide = Pick<CompiledSlide, 'title' | 'seconds' | 'countdown'>;

export interface PageBlock extends Omit<CompiledBlock, 'file' | 'stacks'> {
  stacks: PageSlide[][];
}

/** The blocks as the page has them; the compiler's full model fits it too. */
export interface PageBlocks {
  blocks: PageBlock[];
}

/** What `virtual:deck` gives the page: the blocks and their slides' times and titles, and the class day. */
export interface PageDeck extends PageBlocks {
  readonly classDay: ClassDay;
}
