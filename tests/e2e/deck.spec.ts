import type { Page } from '@playwright/test';
import { expect, openDeck, test } from './fixtures';

/** The key codes reveal reads (`event.keyCode`) for the keys the walk presses. */
const KEY_CODES: Readonly<Record<string, number>> = { ArrowRight: 39, ArrowLeft: 37, PageDown: 34, PageUp: 33 };

/**
 * Presses `key` `presses` times and returns every position the deck showed, in order. The whole walk runs in
 * the page, in one round trip: each press is a keydown on the document, as the browser sends for a real key.
 * Reveal moves on the keydown itself, so the presses follow each other without waiting for paint: on a loaded
 * machine painting between presses took longer than the presses.
 */
async function walk(page: Page, key: string, presses: number): Promise<string[]> {
  const keyCode = KEY_CODES[key];
  if (keyCode === undefined) throw new Error(`no key code for ${key}`);
  return page.evaluate(
    ({ key, keyCode, presses }) => {
      const here = () => {
        const { h, v, f } = window.Reveal.getIndices();
        return `${String(h)}/${String(v)}/${String(f)}`;
      };
      const log = [here()];
      for (let press = 0; press < presses; press++) {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- reveal 6 reads the key from event.keyCode
        document.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, keyCode, bubbles: true, cancelable: true }));
        if (log.at(-1) !== here()) log.push(here());
      }
      return log;
    },
    { key, keyCode, presses },
  );
}

/** Every slide and fragment step, as reveal would visit them in linear order. */
function allSteps(page: Page) {
  return page.evaluate(() =>
    window.Reveal.getSlides().reduce((sum, slide) => {
      const steps = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index')));
      return sum + 1 + steps.size;
    }, 0),
  );
}

test('the deck starts on the title slide with reveal exposed as window.Reveal', async ({ page }) => {
  await openDeck(page);
  await expect(page.locator('.reveal .slides > section.present h1')).toHaveText('Virtual Machines vs Docker');
  expect(await page.evaluate(() => typeof window.Reveal.next)).toBe('function');
});

for (const [forward, backward] of [
  ['ArrowRight', 'ArrowLeft'],
  ['PageDown', 'PageUp'],
]) {
  test(`every slide and step is reached with ${forward} and back with ${backward}`, async ({ page }) => {
    await openDeck(page);
    const total = await page.evaluate(() => window.Reveal.getTotalSlides());
    const steps = await allSteps(page);
    // A press takes a few milliseconds on a quiet machine and up to half a second on a loaded one.
    test.setTimeout(60_000 + steps * 2 * 400);

    // One press more than there are steps: the last must not move the deck.
    const there = await walk(page, forward ?? '', steps);
    expect(there).toHaveLength(steps);
    expect(new Set(there.map((p) => p.split('/').slice(0, 2).join('/'))).size).toBe(total);
    expect(await page.evaluate(() => window.Reveal.isLastSlide())).toBe(true);

    const back = await walk(page, backward ?? '', steps);
    expect(back).toEqual([...there].reverse());
  });
}

test('soon after ready every slide is laid out and stays so through a walk, each slide marked past, present or future by its place', async ({
  page,
}) => {
  await openDeck(page);
  const hiddenFromLayout = () =>
    page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].filter((s) => s.style.display === 'none').length,
    );
  await expect.poll(hiddenFromLayout, { timeout: 15_000 }).toBe(0);
  const steps = await allSteps(page);
  test.setTimeout(60_000 + steps * 400);
  await walk(page, 'ArrowRight', Math.floor(steps / 2));
  expect(await hiddenFromLayout()).toBe(0);
  const wrong = await page.evaluate(() => {
    const current = window.Reveal.getCurrentSlide();
    const { h } = window.Reveal.getIndices();
    return window.Reveal.getHorizontalSlides().flatMap((slide, i) => {
      const own = slide.contains(current);
      const state = own ? 'present' : i < h ? 'past' : 'future';
      const states = ['past', 'present', 'future'].filter((c) => slide.classList.contains(c));
      const hidden = slide.hasAttribute('hidden') && slide.getAttribute('aria-hidden') === 'true';
      return states.join() === state && hidden === !own
        ? []
        : [`slide ${String(i)}: ${states.join()} hidden=${String(hidden)}, wants ${state}`];
    });
  });
  expect(wrong).toEqual([]);
});

test('slides far from the current one are laid out but not painted; the slide shown is painted at once, however fast the moves come, and the overview paints them all', async ({
  page,
}) => {
  await openDeck(page);
  // Per top-level slide: laid out (displayed) and painted (its computed visibility), with the current one's index.
  const state = () =>
    page.evaluate(() => {
      const slides = window.Reveal.getHorizontalSlides();
      return {
        h: window.Reveal.getIndices().h,
        laidOut: slides.filter((s) => getComputedStyle(s).display !== 'none').length,
        painted: slides.flatMap((s, i) => (getComputedStyle(s).visibility === 'visible' ? [i] : [])),
        total: slides.length,
      };
    });
  await expect.poll(async () => (await state()).laidOut, { timeout: 15_000 }).toBe((await state()).total);
  // Once idle: a few slides either side of the current one are painted, and no other.
  await page.evaluate(() => {
    window.Reveal.slide(Math.floor(window.Reveal.getHorizontalSlides().length / 2));
  });
  await expect
    .poll(async () => {
      const { h, painted } = await state();
      return (
        painted.length > 0 &&
        painted.length <= 7 &&
        painted.includes(h - 1) &&
        painted.includes(h + 1) &&
        painted.every((i) => Math.abs(i - h) <= 3)
      );
    })
    .toBe(true);
  expect((await state()).total).toBeGreaterThan(14);

  // Every move in one task, with no idle moment between them: each slide shown is painted when it is shown.
  const unpainted = await page.evaluate(() => {
    const seen: string[] = [];
    const check = (how: string) => {
      const slide = window.Reveal.getCurrentSlide();
      const stack = slide.parentElement?.matches('section') ? slide.parentElement : slide;
      if (getComputedStyle(slide).visibility !== 'visible' || getComputedStyle(stack).visibility !== 'visible') seen.push(how);
    };
    const last = window.Reveal.getHorizontalSlides().length - 1;
    for (const h of [0, last, 2, last - 2]) {
      window.Reveal.slide(h);
      check(`jump to ${String(h)}`);
    }
    for (let i = 0; i < 40; i++) {
      window.Reveal.next();
      check(`next to ${JSON.stringify(window.Reveal.getIndices())}`);
    }
    return seen;
  });
  expect(unpainted).toEqual([]);

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await state()).painted.length).toBe((await state()).total);
  await page.keyboard.press('Escape');
});

test('walking the deck key by key, the slides left behind stop being painted a slide at a time; a slide jumped away from stays painted until it has faded out', async ({
  page,
}) => {
  await openDeck(page);
  const laidOut = () => page.evaluate(() => window.Reveal.getHorizontalSlides().every((s) => getComputedStyle(s).display !== 'none'));
  await expect.poll(laidOut, { timeout: 15_000 }).toBe(true);
  const idle = () =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestIdleCallback(() => {
            requestIdleCallback(() => {
              resolve();
            });
          });
        }),
    );
  // The most top-level slides that stopped being painted in one go (one mutation batch is one task's changes).
  await page.evaluate(() => {
    const top = new Set(window.Reveal.getHorizontalSlides());
    const most = { hidden: 0 };
    Object.assign(window, { mostHiddenAtOnce: most });
    new MutationObserver((records) => {
      const hidden = new Set(
        records.flatMap((r) =>
          r.target instanceof HTMLElement &&
          top.has(r.target) &&
          r.target.style.visibility === 'hidden' &&
          !(r.oldValue ?? '').includes('visibility')
            ? [r.target]
            : [],
        ),
      );
      most.hidden = Math.max(most.hidden, hidden.size);
    }).observe(document.querySelector('.reveal .slides') ?? document.body, {
      subtree: true,
      attributeFilter: ['style'],
      attributeOldValue: true,
    });
  });
  const h = () => page.evaluate(() => window.Reveal.getIndices().h);
  const painted = () =>
    page.evaluate(() => window.Reveal.getHorizontalSlides().flatMap((s, i) => (getComputedStyle(s).visibility === 'visible' ? [i] : [])));
  const moves = 12;
  for (let press = 0; (await h()) < moves && press < 20 * moves; press++) {
    await page.keyboard.press('ArrowRight');
    await idle();
  }
  expect(await h()).toBe(moves);
  await expect.poll(async () => (await painted()).every((i) => Math.abs(i - moves) <= 3)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { mostHiddenAtOnce: { hidden: number } }).mostHiddenAtOnce.hidden)).toBe(1);

  // A jump back to the title: the slide left is far now, but stays painted while it fades out. Its fade (made 5 s
  // long, so that it is still running however loaded the machine) is held while the page goes idle, then let finish.
  const fade = (how: 'pause' | 'finish') =>
    page.evaluate(
      ({ from, how }) => {
        const fading = window.Reveal.getHorizontalSlides()[from]?.getAnimations() ?? [];
        for (const animation of fading) animation[how]();
        return fading.length;
      },
      { from: moves, how },
    );
  await page.evaluate((from) => window.Reveal.getHorizontalSlides()[from]?.style.setProperty('transition-duration', '5s'), moves);
  await page.keyboard.press('Home');
  expect(await fade('pause')).toBeGreaterThan(0);
  await idle();
  await idle();
  expect(await painted()).toContain(moves);
  await fade('finish');
  expect(await h()).toBe(0);
  await expect.poll(async () => (await painted()).includes(moves)).toBe(false);
  expect(await painted()).toContain(0);
});

test('every slide has speaker notes', async ({ page }) => {
  await openDeck(page);
  const missing = await page.evaluate(() =>
    window.Reveal.getSlides()
      .filter((slide) => (window.Reveal.getSlideNotes(slide) ?? '').trim().length < 40)
      .map((slide) => slide.querySelector('h1, h2')?.textContent ?? '(untitled)'),
  );
  expect(missing).toEqual([]);
});

test("the speaker view opens with S and shows the current slide's notes", async ({ page }) => {
  await openDeck(page, '', '#/3');
  const notes = await page.evaluate(() => window.Reveal.getSlideNotes() ?? '');
  const firstWords = notes
    .replace(/<[^>]+>/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker.locator('.speaker-controls-notes')).toContainText(firstWords, { timeout: 15_000 });
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => window.Reveal.getSlideNotes() ?? '');
  const nextWords = next
    .replace(/<[^>]+>/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
  await expect(speaker.locator('.speaker-controls-notes')).toContainText(nextWords);
});

test('no slide overflows its box at 1280x720', async ({ page }) => {
  await openDeck(page);
  // Every slide in one round trip, each with all its fragments shown: the fullest state of a slide must fit.
  const overflowing = await page.evaluate(() =>
    window.Reveal.getSlides().flatMap((target) => {
      const { h, v } = window.Reveal.getIndices(target);
      window.Reveal.slide(h, v ?? 0, 99);
      const slide = window.Reveal.getCurrentSlide();
      const box = slide.getBoundingClientRect();
      const scale = window.Reveal.getScale();
      const slack = 2 * scale;
      const frame = document.querySelector('.reveal .slides')?.getBoundingClientRect() ?? box;
      const out = [...slide.querySelectorAll<HTMLElement>('*')]
        // Notes are not drawn on the slide, and neither are words clipped away for a screen reader (.sr-only).
        .filter((el) => !el.closest('aside.notes, .sr-only') && el.getClientRects().length > 0)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.width > 0 &&
            (r.left < frame.left - slack || r.right > frame.right + slack || r.top < frame.top - slack || r.bottom > frame.bottom + slack)
          );
        })
        .map((el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`);
      return out.length > 0 ? [`${slide.querySelector('h1, h2')?.textContent ?? '?'}: ${out.slice(0, 3).join(', ')}`] : [];
    }),
  );
  expect(overflowing).toEqual([]);
});

test("the speaker view shows each scene step's own notes as the step is reached", async ({ page }) => {
  await openDeck(page);
  const { h, v, stepNote, slideNote } = await page.evaluate(() => {
    const slide = document.querySelector('.scene')?.closest('section');
    if (!slide) throw new Error('no scene slide');
    const { h, v } = window.Reveal.getIndices(slide);
    return {
      h,
      v: v ?? 0,
      stepNote: slide.querySelector('.scene-step[data-fragment-index="0"] aside.notes')?.textContent.trim() ?? '',
      slideNote: slide.querySelector(':scope > aside.notes')?.textContent.trim() ?? '',
    };
  });
  await page.evaluate(
    ([hh, vv]) => {
      window.Reveal.slide(hh, vv, -1);
    },
    [h, v],
  );
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const notes = speaker.locator('.speaker-controls-notes');
  await expect(notes).toContainText(slideNote.split(/\s+/).slice(0, 6).join(' '), { timeout: 15_000 });
  await page.keyboard.press('ArrowRight');
  await expect(notes).toContainText(stepNote.split(/\s+/).slice(0, 6).join(' '));
});
