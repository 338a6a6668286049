import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCENES } from '../../src/core/scenes/registry.ts';
import { expect, openDeck, test } from './fixtures';

/**
 * The scenes on the built deck: a scene's picture is a function of its step, however the step was reached.
 * Every step's SVG from a fresh deep link is the reference; walking forward from the start, back from the next
 * slide, mashing the arrow keys, reduced motion and print view must all end in exactly that SVG. The references
 * and the scene's place are taken once per scene (per worker) and shared by its tests; each test then loads the
 * deck once, fresh, and waits on the scene's own `data-drawn` signal, never on a fixed time.
 *
 * Set SCENE_SHOTS=/some/dir to also save a 1280x720 screenshot of every step while walking forward.
 */

interface SceneSlide {
  id: string;
  h: number;
  v: number;
  steps: number;
  /** The slide after the scene's, in reveal's linear order; null when the scene is on the last slide. */
  next: { h: number; v: number } | null;
}

/** Every scene the built deck places, read from the page the tests serve: a scene added tomorrow is tested tomorrow. */
const SCENE_IDS = [...new Set([...readFileSync('dist/index.html', 'utf8').matchAll(/data-scene="([^"]+)"/g)].map((m) => m[1] ?? ''))];
if (SCENE_IDS.length === 0) throw new Error('dist/index.html places no scene: build the deck first (npm run build)');
/** The step of a scene whose animation runs longest, from the scene's own definition. */
function longestStep(id: string): number {
  const scene = SCENES.get(id);
  if (!scene) throw new Error(`the deck places ${id}, which the scene list does not have`);
  return scene.longestStep;
}
/** Longer than the longest animation (a token's round trip, ~1.9 s): the page's clock is moved on by this. */
const ANIMATION_MS = 2_500;

/** Longest animation (a token's round trip, ~1.9 s) plus slack for a loaded machine. */
const SETTLE = { timeout: 10_000 };

const places = new Map<string, SceneSlide>();

/** Where every scene is, read in one fresh load per worker: the deck's slides tell their own steps. */
async function sceneSlide(page: Page, id: string): Promise<SceneSlide> {
  if (places.size === 0) {
    await openDeck(page);
    const found = await page.evaluate(() => {
      const slides = window.Reveal.getSlides();
      const where = (s: HTMLElement) => {
        const { h, v } = window.Reveal.getIndices(s);
        return { h, v: v ?? 0 };
      };
      return [...document.querySelectorAll<HTMLElement>('.scene[data-scene]')].flatMap((element) => {
        const slide = element.closest('section');
        if (!slide) return [];
        const after = slides[slides.indexOf(slide) + 1];
        const steps = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index')));
        return [{ id: element.dataset.scene ?? '', ...where(slide), steps: steps.size, next: after ? where(after) : null }];
      });
    });
    for (const place of found) places.set(place.id, place);
  }
  const known = places.get(id);
  if (!known) throw new Error(`no slide places scene ${id}`);
  return known;
}

const hashOf = (h: number, v: number, step?: number): string =>
  `#/${String(h)}/${String(v)}${step === undefined || step < 0 ? '' : `/${String(step)}`}`;

/** A fresh load, not a same-document hash change: what a reload in front of the room or a shared link does. */
async function load(page: Page, hash: string, query = ''): Promise<void> {
  await page.goto('about:blank');
  await openDeck(page, query, hash);
}

function scene(page: Page, id: string) {
  return page.locator(`.scene[data-scene="${id}"]`);
}

/** The scene's SVG with whitespace normalised; '' while it is not drawn yet. */
function svgOf(page: Page, id: string): Promise<string> {
  return scene(page, id).evaluate((el) => (el.querySelector('svg')?.outerHTML ?? '').replace(/\s+/g, ' '));
}

/** Waits for the scene to show `step` and report it drawn; the SVG must then be exactly `expected`. */
async function expectAt(page: Page, id: string, step: number, expected: string): Promise<void> {
  await expect(scene(page, id)).toHaveAttribute('data-step', String(step));
  await expect(scene(page, id)).toHaveAttribute('data-drawn', String(step), SETTLE);
  expect(await svgOf(page, id)).toBe(expected);
}

/**
 * The same check in one round trip when the step is already drawn (the page's clock was moved past the
 * animation); otherwise the waiting one.
 */
async function expectDrawn(page: Page, id: string, step: number, expected: string): Promise<void> {
  const seen = await scene(page, id).evaluate((el) => ({
    step: el.getAttribute('data-step'),
    drawn: el.getAttribute('data-drawn'),
    svg: (el.querySelector('svg')?.outerHTML ?? '').replace(/\s+/g, ' '),
  }));
  if (seen.step !== String(step) || seen.drawn !== String(step)) {
    await expectAt(page, id, step, expected);
    return;
  }
  expect(seen.svg).toBe(expected);
}

const referenceSets = new Map<string, Map<number, string>>();

/** Every step's SVG, each from a fresh deep link; taken once per scene and worker. */
async function references(page: Page, s: SceneSlide): Promise<Map<number, string>> {
  const known = referenceSets.get(s.id);
  if (known) return known;
  const refs = new Map<number, string>();
  for (let step = -1; step < s.steps; step++) {
    await load(page, hashOf(s.h, s.v, step));
    await expect(scene(page, s.id)).toHaveAttribute('data-step', String(step));
    await expect(scene(page, s.id).locator('.scene-caption')).not.toBeEmpty();
    // A first load draws directly: the signal is there with the picture.
    await expect(scene(page, s.id)).toHaveAttribute('data-drawn', String(step));
    refs.set(step, await svgOf(page, s.id));
  }
  expect(new Set(refs.values()).size, 'every step draws a different picture').toBe(s.steps + 1);
  referenceSets.set(s.id, refs);
  return refs;
}

function ref(refs: Map<number, string>, step: number): string {
  const svg = refs.get(step);
  if (svg === undefined) throw new Error(`no reference for step ${String(step)}`);
  return svg;
}

test('the scenes detach and attach again with no leak: after destroy a step draws nothing, after init it draws, once', async ({ page }) => {
  const id = SCENE_IDS[0] ?? '';
  const s = await sceneSlide(page, id);
  await load(page, hashOf(s.h, s.v));
  await expect(scene(page, id)).toHaveAttribute('data-step', '-1');
  // The deck's listeners, counted from here on: destroy must take away each one the scenes added, init add them back once.
  const detached = await page.evaluate(() => {
    const deck = window.Reveal;
    const counts = { live: 0 };
    (window as Window & { counts?: typeof counts }).counts = counts;
    const { on, off } = deck;
    deck.on = (...args: Parameters<typeof on>) => {
      counts.live++;
      on.apply(deck, args);
    };
    deck.off = (...args: Parameters<typeof off>) => {
      counts.live--;
      off.apply(deck, args);
    };
    // The scenes feature from the entry's own list of attached features.
    const listed = (window as Window & { deckFeatures?: { features: { id: string; destroy(): void }[] } }).deckFeatures;
    const feature = listed?.features.find((f) => f.id === 'scenes');
    if (!feature) throw new Error('the deck has no scenes feature');
    feature.destroy();
    return counts.live;
  });
  expect(detached, 'listeners removed by destroy').toBeLessThan(0);

  await page.evaluate(() => {
    window.Reveal.next();
  });
  await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().f)).toBe(0);
  await expect(scene(page, id), 'a detached feature draws nothing').toHaveAttribute('data-step', '-1');

  const attached = await page.evaluate(() => {
    type Listed = { features: { id: string; init(deck: unknown, context: unknown): void }[]; context: unknown };
    const found = (window as Window & { deckFeatures?: Listed }).deckFeatures;
    const feature = found?.features.find((f) => f.id === 'scenes');
    if (!feature || !found) throw new Error('the deck has no scenes feature');
    feature.init(window.Reveal, found.context);
    return (window as Window & { counts?: { live: number } }).counts?.live;
  });
  expect(attached, 'init adds back exactly the listeners destroy removed').toBe(0);
  await expect(scene(page, id), 'attached again, it draws the step shown').toHaveAttribute('data-drawn', '0', SETTLE);
  await page.evaluate(() => {
    window.Reveal.next();
  });
  await expect(scene(page, id)).toHaveAttribute('data-drawn', '1', SETTLE);
});

for (const id of SCENE_IDS) {
  test.describe(`scene ${id}`, () => {
    // A scene's tests share one worker: its references (a fresh load per step) are taken once, not once per worker.
    test.describe.configure({ mode: 'default' });
    test('draws the same SVG at each step from a deep link, stepping forward and stepping back', async ({ page }) => {
      const s = await sceneSlide(page, id);
      const refs = await references(page, s);
      const shots = process.env.SCENE_SHOTS;
      // The page's clock is Playwright's: every animation still runs, frame by frame, through the real renderer,
      // but the test moves its time on past the longest one instead of waiting for it.
      await page.clock.install();
      const press = async (key: 'ArrowRight' | 'ArrowLeft') => {
        await page.keyboard.press(key);
        await page.clock.runFor(ANIMATION_MS);
      };

      await load(page, hashOf(s.h, s.v));
      await expectAt(page, id, -1, ref(refs, -1));
      for (let step = -1; step < s.steps; step++) {
        if (step >= 0) {
          await press('ArrowRight');
          await expectDrawn(page, id, step, ref(refs, step));
        }
        if (shots) await page.screenshot({ path: `${shots}/${id}-${String(step + 1)}.png` });
      }

      // Back from the next slide: reveal shows all of a slide's fragments when you return to it. The scene is put
      // back before its first step first, so that what follows is drawn by the arrival, not left over.
      await page.evaluate(
        ([h, v]) => {
          window.Reveal.slide(h, v, -1);
        },
        [s.h, s.v],
      );
      await expect(scene(page, id)).toHaveAttribute('data-step', '-1');
      const from = s.next ?? { h: s.h, v: s.v };
      await page.evaluate(
        ([h, v, f]) => {
          window.Reveal.slide(h, v, f);
        },
        [from.h, from.v, s.next ? -1 : s.steps - 1],
      );
      if (s.next) await press('ArrowLeft');
      for (let step = s.steps - 1; step >= -1; step--) {
        await expectDrawn(page, id, step, ref(refs, step));
        if (step >= 0) await press('ArrowLeft');
      }
    });

    test('ends in the right state after 50 quick presses of the arrow keys', async ({ page }) => {
      const s = await sceneSlide(page, id);
      const refs = await references(page, s);
      await load(page, hashOf(s.h, s.v));
      await expect(scene(page, id)).toHaveAttribute('data-step', '-1');
      // A fixed pseudo-random walk that stays on the scene's slide.
      const keys: ('ArrowRight' | 'ArrowLeft')[] = [];
      let step = -1;
      let seed = 7;
      for (let press = 0; press < 50; press++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const forward = step === -1 || (step < s.steps - 1 && seed % 3 !== 0);
        step += forward ? 1 : -1;
        keys.push(forward ? 'ArrowRight' : 'ArrowLeft');
      }
      // Sent from inside the page on a 20 ms timeline, so the 50 presses take one second however slow the
      // test machine's round trips are; triggerKey runs reveal's own keyboard handler, as a real press does.
      const took = await page.evaluate(
        (sequence) =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            sequence.forEach((key, i) => {
              setTimeout(() => {
                window.Reveal.triggerKey(key === 'ArrowRight' ? 39 : 37);
                if (i === sequence.length - 1) resolve(performance.now() - started);
              }, i * 20);
            });
          }),
        keys,
      );
      // One second on an idle machine; a loaded one stretches it. Speed is the benchmark's business: this test is
      // about the state the presses end in.
      test.info().annotations.push({ type: '50 presses took', description: `${took.toFixed(0)} ms` });
      expect((await page.evaluate(() => window.Reveal.getIndices())).f ?? -1).toBe(step);

      await expectAt(page, id, step, ref(refs, step));
    });

    test('draws every step at once, with no motion, when the reader prefers reduced motion', async ({ page }) => {
      const s = await sceneSlide(page, id);
      const refs = await references(page, s);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await load(page, hashOf(s.h, s.v));
      for (let step = 0; step < s.steps; step++) {
        // The press and the look at the scene in one round trip: without motion the final picture, and the signal
        // saying so, are there as soon as the step is, with no waiting at all.
        const seen = await page.evaluate((sceneId) => {
          // reveal 6 reads the key from event.keyCode
          const init = { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, bubbles: true, cancelable: true };
          document.dispatchEvent(new KeyboardEvent('keydown', init));
          const el = document.querySelector<HTMLElement>(`.scene[data-scene="${sceneId}"]`);
          return {
            step: el?.dataset.step,
            drawn: el?.dataset.drawn,
            svg: (el?.querySelector('svg')?.outerHTML ?? '').replace(/\s+/g, ' '),
          };
        }, id);
        expect(seen.step).toBe(String(step));
        expect(seen.drawn).toBe(String(step));
        expect(seen.svg).toBe(ref(refs, step));
      }
    });

    test('finishes a running animation at once when the reader turns motion off', async ({ page }) => {
      const s = await sceneSlide(page, id);
      const refs = await references(page, s);
      const step = longestStep(id);
      await load(page, hashOf(s.h, s.v, step - 1));
      // The press and the first look happen in one go inside the page, so a slow test machine cannot let the
      // animation finish between them.
      const midway = await page.evaluate(
        (sceneId) =>
          new Promise<{ svg: string; drawn: string | null }>((resolve) => {
            window.Reveal.next();
            requestAnimationFrame(() => {
              const el = document.querySelector<HTMLElement>(`.scene[data-scene="${sceneId}"]`);
              resolve({ svg: (el?.querySelector('svg')?.outerHTML ?? '').replace(/\s+/g, ' '), drawn: el?.dataset.drawn ?? null });
            });
          }),
        id,
      );
      await expect(scene(page, id)).toHaveAttribute('data-step', String(step));
      expect(midway.svg, 'the step is still animating').not.toBe(ref(refs, step));
      expect(midway.drawn, 'no step is reported drawn while the picture moves').toBeNull();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // Media query changes are reported before the next animation frame's callbacks run.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                resolve();
              });
            });
          }),
      );
      expect(await svgOf(page, id)).toBe(ref(refs, step));
      await expect(scene(page, id)).toHaveAttribute('data-drawn', String(step), { timeout: 0 });
    });

    test('reports a step drawn only when its animation has ended, and never the step an interrupted one was heading for', async ({
      page,
    }) => {
      const s = await sceneSlide(page, id);
      const refs = await references(page, s);
      const step = longestStep(id);
      await load(page, hashOf(s.h, s.v, step - 1));
      // In the page, every change of the signal is recorded with the SVG on screen at that moment.
      await page.evaluate((sceneId) => {
        const el = document.querySelector<HTMLElement>(`.scene[data-scene="${sceneId}"]`);
        if (!el) throw new Error(`no scene ${sceneId}`);
        const marks: { drawn: string | null; svg: string }[] = [];
        (window as Window & { marks?: typeof marks }).marks = marks;
        new MutationObserver(() => {
          marks.push({ drawn: el.dataset.drawn ?? null, svg: (el.querySelector('svg')?.outerHTML ?? '').replace(/\s+/g, ' ') });
        }).observe(el, { attributes: true, attributeFilter: ['data-drawn'] });
      }, id);
      const marks = () => page.evaluate(() => (window as Window & { marks?: { drawn: string | null; svg: string }[] }).marks ?? []);

      // Towards the step and, a frame later, back before that animation can end: the step it was heading for is
      // never reported (a stale end would report it as soon as it was interrupted, before the way back ends).
      await page.evaluate(() => {
        window.Reveal.next();
        requestAnimationFrame(() => {
          window.Reveal.prev();
        });
      });
      await expect(scene(page, id)).toHaveAttribute('data-drawn', String(step - 1), SETTLE);
      const interrupted = await marks();
      expect(interrupted.map((m) => m.drawn)).toEqual([null, String(step - 1)]);
      expect(interrupted.at(-1)?.svg).toBe(ref(refs, step - 1));

      // Forward: the signal goes at once, and comes back with the step only when the final picture is there.
      await page.evaluate(() => {
        window.Reveal.next();
      });
      await expect(scene(page, id)).toHaveAttribute('data-drawn', String(step), SETTLE);
      const forward = (await marks()).slice(interrupted.length);
      expect(forward.map((m) => m.drawn)).toEqual([null, String(step)]);
      expect(forward.at(-1)?.svg).toBe(ref(refs, step));
    });

    test('prints each copy of the slide at its own step', async ({ page }) => {
      const s = await sceneSlide(page, id);
      const refs = await references(page, s);
      const printed = async (query: string) => {
        await page.goto('about:blank');
        await page.goto(`./${query}`);
        await page.waitForFunction(() => document.querySelector('.pdf-page') !== null);
        // Plain print: the handout has laid its pages out (and dropped the page before the first step).
        if (!query.includes('steps')) await page.waitForFunction(() => document.documentElement.dataset.handoutPages !== undefined);
        const copies = page.locator(`.pdf-page .scene[data-scene="${id}"]`);
        await expect
          .poll(() =>
            copies.evaluateAll((els) =>
              els.every((e) => e.querySelector('svg') && e.getAttribute('data-drawn') === e.getAttribute('data-step')),
            ),
          )
          .toBe(true);
        return copies.evaluateAll((els) =>
          els.map((el) => {
            const page = el.closest('.pdf-page');
            const visible = [...(page?.querySelectorAll('.fragment.visible') ?? [])].map((f) =>
              Number(f.getAttribute('data-fragment-index')),
            );
            return {
              shown: Math.max(-1, ...visible),
              step: Number(el.getAttribute('data-step')),
              // The printed copy also names its picture by what it shows (the tagged PDF's alt text): the same drawing.
              svg: (el.querySelector('svg')?.outerHTML ?? '').replace(/\s+/g, ' ').replace(/ aria-label="[^"]*"/, ''),
            };
          }),
        );
      };

      // The deck's handout modes: `steps` prints a page per scene step, plain print-pdf one page per slide.
      const separate = await printed('?print-pdf&steps');
      expect(separate.map((c) => c.shown)).toEqual(Array.from({ length: s.steps + 1 }, (_, i) => i - 1));
      for (const copy of separate) {
        expect(copy.step).toBe(copy.shown);
        expect(copy.svg).toBe(ref(refs, copy.shown));
      }

      // Plain print: a page for each step the scene names for paper (the build marks them), the last among them.
      const paper = await page.evaluate(
        (id) =>
          [...(document.querySelector(`[data-scene="${id}"]`)?.closest('section')?.querySelectorAll('.scene-step[data-paper]') ?? [])].map(
            (e) => Number(e.getAttribute('data-fragment-index')),
          ),
        id,
      );
      expect(paper.at(-1)).toBe(s.steps - 1);
      const together = await printed('?print-pdf');
      expect(together.map((c) => c.step)).toEqual(paper);
      for (const copy of together) expect(copy.svg).toBe(ref(refs, copy.step));
    });
  });
}
