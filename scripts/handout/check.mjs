// Is a handout complete? One check for the e2e tests and `npm run bench`: what every slide must print is read
// from the running deck (its titles, scene captions and labels, task commands), then looked for in the PDF's
// text, page by page. A picture pushed off its page leaves its labels out of the text, so the race that
// printed scenes as bare titles fails here.
import { execFileSync } from 'node:child_process';

/** @typedef {import('./check.d.mts').SlideExpectation} SlideExpectation @typedef {import('./check.d.mts').SceneStepText} SceneStepText */

/**
 * What the deck shows, slide by slide, read in a live deck at `url` with motion reduced (every step is drawn
 * at once): each slide's title, each scene's caption and text labels at every step, each task's commands.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<SlideExpectation[]>}
 */
export async function deckExpectations(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.deckReady !== undefined);
    const slides = await page.evaluate(() =>
      window.Reveal.getSlides().map((section) => ({
        title: section.querySelector('h1, h2')?.textContent?.trim() ?? '',
        steps: section.querySelectorAll('.scene-step').length,
        scene: section.querySelector('.scene')?.getAttribute('data-scene') ?? null,
        // The scene list's paper steps, as the build marked them on the slide.
        paper: [...section.querySelectorAll('.scene-step[data-paper]')].map((s) => Number(s.getAttribute('data-fragment-index'))),
        commands: [...section.querySelectorAll('.task pre code')].flatMap((code) =>
          (code.textContent ?? '')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      })),
    );
    /** @type {SlideExpectation[]} */
    const expected = [];
    for (const [index, slide] of slides.entries()) {
      /** @type {SceneStepText[]} */
      const scenes = [];
      expected.push({ ...slide, index, scenes });
      if (!slide.scene) continue;
      for (let step = 0; step < slide.steps; step++) {
        scenes.push(
          await page.evaluate(
            async ({ index, step }) => {
              const section = window.Reveal.getSlides()[index];
              if (!section) throw new Error(`the deck has no slide ${index}`);
              const { h, v } = window.Reveal.getIndices(section);
              window.Reveal.slide(h, v ?? 0, step);
              const scene = section.querySelector('.scene');
              if (!scene) throw new Error(`slide ${index} has no scene`);
              for (let tries = 0; scene?.getAttribute('data-step') !== String(step) && tries < 100; tries++) {
                await new Promise((resolve) => setTimeout(resolve, 20));
              }
              const leaves = [...scene.querySelectorAll('svg text, svg tspan')].filter((t) => t.children.length === 0);
              return {
                step: Number(scene.getAttribute('data-step')),
                paper: section.querySelector(`.scene-step[data-paper][data-fragment-index="${step}"]`) !== null,
                caption: scene.querySelector('.scene-caption')?.textContent?.trim() ?? '',
                labels: [...new Set(leaves.map((t) => t.textContent.trim()).filter(Boolean))],
              };
            },
            { index, step },
          ),
        );
      }
    }
    return expected;
  } finally {
    await context.close();
  }
}

/** @param {string} text */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Each PDF page's text, in reading order and as laid out, whitespace folded. @param {string} pdf */
export function pdfPages(pdf) {
  /** @param {boolean} layout */
  const read = (layout) =>
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\f')
      .map(squash);
  const raw = read(false);
  const laid = read(true);
  return raw.map((text, i) => `${text} \u0000 ${laid[i] ?? ''}`);
}

/**
 * Problems with a printed handout: a slide whose title, scene caption or labels, or task commands are missing
 * from the page that prints it (the page of its final step), and a scene's paper step whose caption or labels
 * are missing from its own page (with `steps`, every step's caption on its own page).
 * @param {{ pdf: string, sheets: import('./export.d.mts').PrintedSlide[][], expected: SlideExpectation[], steps?: boolean }} args
 * @returns {string[]}
 */
export function handoutProblems({ pdf, sheets, expected, steps = false }) {
  const pages = pdfPages(pdf);
  const problems = [];
  // A page with no text at all reads as the bare separator: a blank page in place of a slide.
  if (pages.filter((p) => p.trim() !== '\u0000').length < sheets.length) {
    problems.push(`the PDF has fewer pages with text than the ${sheets.length} sheets laid out`);
  }
  /** @param {number} page @param {string} text */
  const lacks = (page, text) => !(pages[page] ?? '').includes(squash(text));
  for (const slide of expected) {
    const printedOn = sheets.flatMap((sheet, page) => sheet.filter((p) => p.slide === slide.index).map((p) => ({ page, step: p.step })));
    const last = printedOn.at(-1);
    if (!last) {
      problems.push(`slide ${slide.index} "${slide.title}" is on no page`);
      continue;
    }
    const where = `page ${last.page + 1} (slide ${slide.index} "${slide.title}")`;
    if (lacks(last.page, slide.title)) problems.push(`${where}: no title`);
    for (const command of slide.commands) if (lacks(last.page, command)) problems.push(`${where}: no command "${command}"`);
    const final = slide.scenes.at(-1);
    if (final) {
      if (last.step !== final.step)
        problems.push(`${where}: scene ${slide.scene} printed at step ${last.step}, not its last (${final.step})`);
      if (!final.caption || final.labels.length === 0) problems.push(`${where}: the live scene ${slide.scene} drew no caption or labels`);
      if (lacks(last.page, final.caption)) problems.push(`${where}: no caption "${final.caption}"`);
      for (const label of final.labels) if (lacks(last.page, label)) problems.push(`${where}: no label "${label}"`);
    }
    for (const shown of slide.scenes.filter((s) => s.paper && s !== final)) {
      const own = printedOn.find((p) => p.step === shown.step);
      if (!own) {
        problems.push(`${where}: no page for paper step ${shown.step} of scene ${slide.scene}`);
        continue;
      }
      const at = `page ${own.page + 1} (step ${shown.step} of scene ${slide.scene})`;
      if (lacks(own.page, shown.caption)) problems.push(`${at}: no caption "${shown.caption}"`);
      for (const label of shown.labels) if (lacks(own.page, label)) problems.push(`${at}: no label "${label}"`);
    }
    if (!steps) continue;
    for (const shown of slide.scenes) {
      const own = printedOn.find((p) => p.step === shown.step);
      if (!own) problems.push(`${where}: no page for step ${shown.step}`);
      else if (lacks(own.page, shown.caption)) problems.push(`page ${own.page + 1}: no caption of step ${shown.step} "${shown.caption}"`);
    }
  }
  return problems;
}
