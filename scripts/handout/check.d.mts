import type { Browser } from '@playwright/test';
import type { PrintedSlide } from './export.mjs';

export interface SceneStepText {
  step: number;
  caption: string;
  labels: string[];
}

export interface SlideExpectation {
  index: number;
  title: string;
  steps: number;
  scene: string | null;
  commands: string[];
  scenes: SceneStepText[];
}

export function deckExpectations(browser: Browser, url: string): Promise<SlideExpectation[]>;
export function pdfPages(pdf: string): string[];
export function handoutProblems(args: { pdf: string; sheets: PrintedSlide[][]; expected: SlideExpectation[]; steps?: boolean }): string[];
