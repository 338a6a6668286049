/**
 * reveal.js 6 with its bundled types corrected, in this one place: they miss `isPrintView()`, `totalTime` and
 * `minimumTimePerSlide`, type `showNotes` and `defaultTiming` too narrowly, declare an `isPrintingPDF()`
 * that does not exist at run time, and promise numbers from `getIndices()` where it gives undefined. Everything else imports Reveal from here.
 */
import RevealModule, { type RevealApi, type RevealConfig } from 'reveal.js';

export type DeckConfig = Omit<RevealConfig, 'showNotes' | 'defaultTiming'> & {
  showNotes?: boolean | 'separate-page';
  /** Seconds per slide for the speaker view's pacing, when a slide has no `data-timing`. */
  defaultTiming?: number | null;
  /** Seconds for the whole deck; the speaker view spreads it over slides without `data-timing`. */
  totalTime?: number;
  minimumTimePerSlide?: number;
};

export type Deck = Omit<RevealApi, 'initialize' | 'configure' | 'getConfig' | 'isPrintingPDF' | 'getIndices'> & {
  /** `v` and `f` are undefined on a slide outside a vertical stack and before its first fragment. */
  getIndices(slide?: HTMLElement): { h: number; v?: number; f?: number };
  initialize(options?: DeckConfig): Promise<Deck>;
  configure(options?: DeckConfig): void;
  getConfig(): DeckConfig;
  isPrintView(): boolean;
};

export const Reveal = RevealModule as unknown as Deck;
