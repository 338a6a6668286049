import { expect, openDeck, test } from './fixtures';
import { injectAxe, settled, violations, violationsIn } from './axe-helpers';
import { formatClock } from '../../src/model/time.ts';
import { plannedDay } from './day-plan';

/**
 * axe-core with every rule it has (tests/e2e/axe-helpers.ts), on every view a student or the lecturer meets:
 * 0 violations of any impact, exceptions only as named in tests/e2e/a11y-exceptions.ts.
 */

/** Fragment styles under which an element looks different at a later step than when it first appears. */
const CHANGING = ['fade-out', 'semi-fade-out', 'fade-in-then-out', 'fade-in-then-semi-out', 'current-visible', 'strike'];

test('the deck: every slide at every step that changes what is drawn, the page around it, and the rehearsal dialog', async ({ page }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, '?transition=none');
  const found = (await violations(page)).map((v) => `page: ${v}`);
  await injectAxe(page);

  // From the built deck: each slide, and its steps. A step that only shows the next fragment shows a subset of
  // the slide's last step, where axe sees every element at its final look; a scene's picture, and a fragment
  // that later fades or strikes, does look different at each step, so those slides are checked at all of them.
  const states = await page.evaluate(
    (changing) =>
      window.Reveal.getSlides().flatMap((slide) => {
        const { h, v } = window.Reveal.getIndices(slide);
        const fragments = [...slide.querySelectorAll('.fragment[data-fragment-index]')];
        const steps = [...new Set(fragments.map((f) => Number(f.getAttribute('data-fragment-index'))))].sort((a, b) => a - b);
        const last = steps.at(-1) ?? -1;
        const scene = slide.querySelector('.scene[data-scene]') !== null;
        const every = scene || fragments.some((f) => changing.some((c) => f.classList.contains(c)));
        const at = every ? [-1, ...steps] : [last];
        return at.map((f) => ({ h, v: v ?? 0, f, part: scene && f !== last ? '.scene' : '' }));
      }),
    CHANGING,
  );
  const slides = await page.evaluate(() => window.Reveal.getTotalSlides());
  expect(new Set(states.map((s) => `${String(s.h)}/${String(s.v)}`)).size).toBe(slides);

  for (const { h, v, f, part } of states) {
    await page.evaluate(
      (at) => {
        window.Reveal.slide(at.h, at.v, at.f);
      },
      { h, v, f },
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section.present .scene[data-scene]')].every(
        (s) => s.dataset.drawn === s.dataset.step,
      ),
    );
    await settled(page);
    // At a scene's earlier steps only the picture changed: the rest of the slide is checked at its last step.
    for (const v2 of await violationsIn(page, `.reveal .slides section.present ${part}`.trim())) {
      found.push(`#/${String(h)}/${String(v)}/${String(f)}: ${v2}`);
    }
  }

  await page.keyboard.press('r');
  await expect(page.locator('dialog.rehearsal-dialog')).toBeVisible();
  await settled(page);
  for (const v of await violations(page)) found.push(`rehearsal dialog: ${v}`);
  expect(found).toEqual([]);
});

test('the speaker view, with the deck in its frames', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openDeck(page);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1280, height: 720 });
  await expect(speaker.locator('[data-speaker="clock"] .speaker-time-value')).not.toBeEmpty({ timeout: 15_000 });
  await settled(speaker);
  expect(await violations(speaker)).toEqual([]);
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the student view at ${String(viewport.width)}x${String(viewport.height)}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    // During a practice, from the plan: its task sheet (copies of its commands, with their buttons) is drawn too.
    const day = plannedDay();
    await page.goto(`./student.html?now=${formatClock(day.span(day.practice).start + 1)}`);
    await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
    await expect(page.locator('.student-tasks pre code').first()).toBeVisible();
    await settled(page);
    // Every rule on the page's own parts and on one page of each kind (the first slide, the first with a scene,
    // the first practice): the other pages repeat their markup, and all of them at once take minutes.
    await page.evaluate(() => {
      const pages = [...document.querySelectorAll('.student-slides > *')];
      const kept = [pages[0], pages.find((p) => p.querySelector('.scene')), pages.find((p) => p.querySelector('.task'))];
      for (const p of pages) if (!kept.includes(p)) p.classList.add('axe-skip');
    });
    expect(await violations(page, ['.axe-skip'])).toEqual([]);
  });
}

test('the print view: cover, contents, and a page of each kind', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?print-pdf');
  await page.waitForFunction(() => document.documentElement.dataset.handoutPages !== undefined);
  // As for the student view: the cover and contents, and the first page of each kind, stand for the rest.
  await page.evaluate(() => {
    const pages = [...document.querySelectorAll('.reveal .slides .pdf-page')];
    const kept = [pages[0], pages[1], pages[2], pages.find((p) => p.querySelector('.scene')), pages.find((p) => p.querySelector('.task'))];
    for (const p of pages) if (!kept.includes(p)) p.classList.add('axe-skip');
  });
  expect(await violations(page, ['.axe-skip'])).toEqual([]);
});
