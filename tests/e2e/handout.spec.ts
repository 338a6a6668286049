import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { deckExpectations, handoutProblems, pdfPages, type SlideExpectation } from '../../scripts/handout/check.mjs';
import { exportHandout, type PrintedSlide } from '../../scripts/handout/export.mjs';
import { SCENES } from '../../src/core/scenes/registry';
import { PAPER_SIZE, type Paper } from '../../src/model/paper';
import { expect, test } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'handout-'));

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** The PDF's named destinations, as `name -> page`: the contents page links to these. */
function destinations(pdf: string): Map<string, number> {
  const lines = execFileSync('pdfinfo', ['-dests', pdf], { encoding: 'utf8' }).split('\n');
  return new Map(
    lines.flatMap((line) => {
      const found = /^\s*(\d+)\s.*"([^"]+)"\s*$/.exec(line);
      return found?.[1] && found[2] ? [[found[2], Number(found[1])] as const] : [];
    }),
  );
}

/** Every page's size as pdfinfo reads it: each must be the paper asked for (pdfinfo names A4 and Letter). */
function expectPaper(pdf: string, paper: Paper, pages: number): void {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)];
  expect(sizes.length, `${pdf}: a size for every page`).toBe(pages);
  const { short, long } = PAPER_SIZE[paper];
  // Chromium sets a page to the nearest 1/64 px or so: A4 comes out 594.96 x 841.92 pt for 595.28 x 841.89.
  const wrong = sizes.filter(([, , w, h]) => {
    const [a, b] = [Number(w), Number(h)].sort((x, y) => x - y);
    return Math.abs((a ?? 0) - short * 0.75) > 0.5 || Math.abs((b ?? 0) - long * 0.75) > 0.5;
  });
  expect(
    wrong.map(([line]) => line),
    `pages not on ${paper}`,
  ).toEqual([]);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** "3 / 41" as printed; small type can lose its thin spaces in the PDF's text. */
const numbered = (page: number, pages: number) => new RegExp(`(^|\\D)${String(page)}\\s*/\\s*${String(pages)}(\\D|$)`);

test.describe.configure({ mode: 'serial', timeout: 240_000 });

/** What the deck shows, read once from the live deck: every slide's title, scene steps and task commands. */
let expected: SlideExpectation[] | undefined;
async function deck(browser: Browser, baseURL: string | undefined): Promise<SlideExpectation[]> {
  expected ??= await deckExpectations(browser, baseURL ?? '');
  return expected;
}

/**
 * The steps each scene names for paper, from the scene list itself: the words of every one are on the pages of
 * its slide ("How a program reaches the hardware" keeps its four request paths beside the boot chain).
 */
function expectPaperSteps(pdf: string, sheets: PrintedSlide[][], scenes: readonly SlideExpectation[]): void {
  const pages = pdfPages(pdf);
  for (const slide of scenes) {
    const scene = SCENES.get(slide.scene ?? '');
    if (!scene) throw new Error(`the scene list has no ${slide.scene ?? ''}`);
    expect(slide.paper, `${scene.id}: the paper steps the build marked`).toEqual(scene.paperSteps);
    const printed = sheets.flatMap((sheet, page) => (sheet.some((p) => p.slide === slide.index) ? [pages[page] ?? ''] : [])).join(' ');
    for (const step of scene.paperSteps)
      expect(printed, `${scene.id} step ${String(step)} on paper`).toContain(squash(scene.caption(step)));
  }
}

/**
 * The plain handout's options; its first export is kept for the test of its cover and contents. The exports
 * below share the two papers between them, A4 and Letter, so that each size is seen in more than one layout.
 */
const PLAIN = (out: string, paper: Paper = 'a4') => ({ out, start: '09:00', end: '15:00', paper });
let plain: ({ pdf: string } & Awaited<ReturnType<typeof exportHandout>>) | undefined;

test('three exports in a row are each complete: every slide, every scene in its last step and its paper steps, every task command, every page on A4 or Letter as asked', async ({
  browser,
  baseURL,
}) => {
  const slides = await deck(browser, baseURL);
  const scenes = slides.filter((s) => s.scene !== null);
  // Found from the deck, not listed here: a scene added tomorrow is checked tomorrow.
  expect(scenes.length).toBeGreaterThanOrEqual(7);
  for (const slide of scenes) expect(slide.scenes.length, `${slide.scene ?? ''} steps read`).toBe(slide.steps);

  for (let run = 1; run <= 3; run++) {
    const pdf = join(dir, `plain-${String(run)}.pdf`);
    const paper = run === 2 ? 'letter' : 'a4';
    const exported = await exportHandout(PLAIN(pdf, paper));
    const { pages, warnings, sheets, layout } = exported;
    plain ??= { pdf, ...exported };
    expect(warnings, `run ${String(run)}`).toEqual([]);
    expect(layout, `run ${String(run)}: boxes outside their pages`).toEqual([]);
    expect(pageCount(pdf)).toBe(pages);
    expectPaper(pdf, paper, pages);
    expect(sheets.length).toBe(pages);
    const paperPages = scenes.reduce((sum, slide) => sum + slide.paper.length - 1, 0);
    expect(sheets.flat().length, 'one page per slide, and one per paper step of a scene before its last').toBe(slides.length + paperPages);
    expect(handoutProblems({ pdf, sheets, expected: slides }), `run ${String(run)}`).toEqual([]);
    if (run === 1) expectPaperSteps(pdf, sheets, scenes);
  }
});

test('the handout opens with a cover and contents whose page numbers are links, then one page per slide without notes', async ({
  page,
  browser,
  baseURL,
}) => {
  const slides = await deck(browser, baseURL);
  await page.goto('./');
  const notes = await page.evaluate(() => window.Reveal.getSlides().map((s) => s.querySelector(':scope > aside.notes')?.textContent ?? ''));
  // The race test's first export (serial mode runs it first); exported here only when this test runs alone.
  const pdf = plain?.pdf ?? join(dir, 'plain.pdf');
  const { pages, sheets } = plain ?? (await exportHandout(PLAIN(pdf)));
  const text = pdfPages(pdf);
  const cover = text[0] ?? '';
  expect(cover).toContain('Docker lecture · week 37 · day 3');
  expect(cover).toContain('Virtual Machines vs Docker');
  expect(cover).toContain('09:00–');
  expect(cover).toContain('Install Docker');
  expect(cover).toMatch(numbered(1, pages));

  const firstSlideSheet = sheets.findIndex((sheet) => sheet.length > 0);
  expect(firstSlideSheet, 'contents pages between the cover and the slides').toBeGreaterThanOrEqual(2);
  const contents = text.slice(1, firstSlideSheet).join(' ');
  expect(contents).toContain('Contents');
  const dests = destinations(pdf);
  for (const slide of slides) {
    const sheet = sheets.findIndex((s) => s.some((p) => p.slide === slide.index)) + 1;
    expect(contents, `contents lists slide ${String(slide.index)}`).toContain(slide.title.slice(0, 20));
    expect(dests.get(`handout-page-${String(sheet)}`), `a link target on page ${String(sheet)}`).toBe(sheet);
  }
  // The sources pages link to the web (`/S /URI`); every other link is a contents line.
  const raw = readFileSync(pdf, 'latin1');
  const links = raw.split('/Subtype /Link').length - raw.split('/S /URI').length;
  expect(links, 'one link per contents line').toBe(slides.length);
  // After the last slide: the sources the notes cite, built from their Source lines (unit-tested for completeness).
  const lastSlideSheet = sheets.map((sheet) => sheet.length > 0).lastIndexOf(true);
  const sourcesSheet = text.findIndex((t) => t.includes('Sources, slide by slide'));
  expect(sourcesSheet, 'a sources page after the last slide').toBeGreaterThan(lastSlideSheet);

  for (const [i, sheet] of sheets.entries()) {
    const slide = sheet[0]?.slide;
    if (slide === undefined) continue;
    const words = squash(notes[slide] ?? '')
      .split(' ')
      .slice(0, 8)
      .join(' ');
    expect(text[i], `page ${String(i + 1)} must not print notes`).not.toContain(words);
    expect(text[i], `page ${String(i + 1)} number`).toMatch(numbered(i + 1, pages));
  }
});

test("--steps prints every scene step on its own page, with that step's caption, on A4", async ({ browser, baseURL }) => {
  const slides = await deck(browser, baseURL);
  const pdf = join(dir, 'steps.pdf');
  const { pages, sheets, warnings, layout } = await exportHandout({ out: pdf, steps: true, paper: 'a4' });
  expect(warnings).toEqual([]);
  expect(layout).toEqual([]);
  const steps = slides.reduce((sum, s) => sum + s.steps, 0);
  expect(sheets.flat().length).toBe(slides.length + steps);
  expect(pageCount(pdf)).toBe(pages);
  expectPaper(pdf, 'a4', pages);
  expect(handoutProblems({ pdf, sheets, expected: slides, steps: true })).toEqual([]);
});

test('--notes puts each slide above its notes: the boxes never intersect, no notes are cut, every page Letter', async ({
  page,
  browser,
  baseURL,
}) => {
  const slides = await deck(browser, baseURL);
  await page.goto('./');
  const notes = await page.evaluate(() => window.Reveal.getSlides().map((s) => s.querySelector(':scope > aside.notes')?.textContent ?? ''));
  const pdf = join(dir, 'notes.pdf');
  const { pages, sheets, warnings, layout } = await exportHandout({ out: pdf, notes: true, paper: 'letter' });
  expect(warnings).toEqual([]);
  expect(pageCount(pdf)).toBe(pages);
  expectPaper(pdf, 'letter', pages);
  // Measured in the print DOM before printing: slide content against the notes box, notes against their box.
  expect(layout).toEqual([]);
  expect(handoutProblems({ pdf, sheets, expected: slides })).toEqual([]);
  const text = pdfPages(pdf);
  const seen = new Set<number>();
  for (const [i, sheet] of sheets.entries()) {
    const slide = sheet[0]?.slide;
    // A slide's own note is on its first page; a scene's later pages carry the notes of their steps.
    if (slide === undefined || seen.has(slide)) continue;
    seen.add(slide);
    const words = squash(notes[slide] ?? '')
      .split(' ')
      .slice(0, 6)
      .join(' ');
    expect(text[i], `notes on page ${String(i + 1)}`).toContain(words);
  }
  // Step notes are numbered, each on the page of its step: a scene's first page after the slide's own note.
  const scene = slides.find((s) => s.scene !== null && s.paper.length > 1);
  if (scene) {
    const own = sheets.flatMap((sheet, i) => (sheet.some((p) => p.slide === scene.index) ? [text[i] ?? ''] : []));
    expect(own.length, `${scene.scene ?? ''}: a page per paper step`).toBe(scene.paper.length);
    expect(own[0], 'the slide’s own note, then step 1').toMatch(/Step 1\./);
    expect(own[0]?.indexOf(squash(notes[scene.index] ?? '').slice(0, 30)), 'own note first').toBeLessThan(own[0]?.indexOf('Step 1.') ?? -1);
    expect(own.at(-1), 'the last page ends with the last step').toMatch(new RegExp(`Step ${String(scene.steps)}\\.`));
  }
});

for (const perPage of [2, 4, 6] as const) {
  // 4 to a sheet on Letter: its landscape sheet is the narrower one, where 8 pt is hardest to keep.
  const paper = perPage === 4 ? 'letter' : 'a4';
  test(`--per-page ${String(perPage)} prints ${String(perPage)} slides to a sheet of ${paper}, complete, numbered${perPage === 4 ? ', text at 8 pt or more' : ''}`, async ({
    browser,
    baseURL,
  }) => {
    const slides = await deck(browser, baseURL);
    const pdf = join(dir, `per-page-${String(perPage)}.pdf`);
    const { pages, sheets, warnings, layout, textPx } = await exportHandout({ out: pdf, perPage, paper });
    expect(warnings).toEqual([]);
    expect(layout).toEqual([]);
    const slideSheets = sheets.filter((s) => s.length > 0);
    const printed = slides.length + slides.reduce((sum, slide) => sum + Math.max(0, slide.paper.length - 1), 0);
    expect(slideSheets.length).toBe(Math.ceil(printed / perPage));
    expect(slideSheets.slice(0, -1).every((s) => s.length === perPage)).toBe(true);
    expect(pageCount(pdf)).toBe(pages);
    expectPaper(pdf, paper, pages);
    expect(handoutProblems({ pdf, sheets, expected: slides })).toEqual([]);
    const text = pdfPages(pdf);
    sheets.forEach((_, i) => {
      expect(text[i], `page number on sheet ${String(i + 1)}`).toMatch(numbered(i + 1, pages));
    });
    // 8 pt is 10.67 CSS pixels on paper.
    if (perPage === 4) expect(textPx).toBeGreaterThanOrEqual(10.67);
  });
}
