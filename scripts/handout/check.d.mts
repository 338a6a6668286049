import type { Browser } from '@playwright/test';
import type { PrintedSlide } from './export.mjs';

export interface SceneStepText {
  step: number;
  /** A step the scene list prints on paper (the last among them). */
  paper: boolean;
  caption: string;
  labels: string[];
}

export interface SlideExpectation {
  index: number;
  title: string;
  steps: number;
  scene: string | null;
  /** The scene's paper steps, ascending. */
  paper: number[];
  commands: string[];
  scenes: SceneStepText[];
}

export function deckExpectations(browser: Browser, url: string): Promise<SlideExpectation[]>;
export function pdfPages(pdf: string): string[];
export function handoutProblems(args: { pdf: string; sheets: PrintedSlide[][]; expected: SlideExpectation[]; steps?: boolean }): string[];
