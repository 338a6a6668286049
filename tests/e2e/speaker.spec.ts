import type { BrowserContext, Locator, Page } from '@playwright/test';
import { formatDurationMs } from '../../src/model/time.ts';
import { expect, openDeck, test } from './fixtures';

/**
 * reveal's speaker view as this deck restyles it: one row of time by the class clock, the notes taking most of
 * the height, and the lecturer's notices kept off the projector unless asked for. `?now=` starts the deck's
 * clock; freezing the browser's clock (every window of the context) makes every reading exact.
 */
const DAY = '2025-09-10';

async function freezeAt(page: Page, clock: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${DAY}T${clock}:00`));
}

/** The slide the deck shows, as its address names it (`#/h/v`). */
const shownHash = (page: Page) =>
  page.evaluate(() => {
    const { h, v = 0 } = window.Reveal.getIndices();
    return `#/${String(h)}/${String(v)}`;
  });

/** Presses S on the deck and waits for the speaker view's row of time. */
async function openSpeaker(page: Page, context: BrowserContext, size = { width: 1280, height: 720 }): Promise<Page> {
  await page.bringToFront();
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.setViewportSize(size);
  await expect(speaker.locator('[data-speaker="clock"] .speaker-time-value')).not.toBeEmpty({ timeout: 15_000 });
  return speaker;
}

/** The first slide with `fragments` steps or more that holds `sought`, found in the deck itself: its indices. */
async function firstSlide(page: Page, fragments: number, sought = '.fragment') {
  const found = await page.evaluate(
    ({ fragments, sought }) => {
      const slide = window.Reveal.getSlides().find((s) => s.querySelectorAll('.fragment').length >= fragments && s.querySelector(sought));
      return slide ? window.Reveal.getIndices(slide) : null;
    },
    { fragments, sought },
  );
  expect(found, `a slide with ${String(fragments)} steps or more and ${sought}`).not.toBeNull();
  return { h: found?.h ?? 0, v: found?.v ?? 0 };
}

/** The speaker view's two copies of the deck, as frames: the current slide's, then the next one's. */
async function copyFrames(speaker: Page) {
  return Promise.all(
    ['current-slide', 'upcoming-slide'].map(async (id) => {
      const frame = await (await speaker.locator(`#${id} iframe`).elementHandle()).contentFrame();
      if (!frame) throw new Error(`the speaker view has no #${id} copy`);
      return frame;
    }),
  );
}

/** The speaker view's two copies of the deck: where each stands, its address's hash, its live regions. */
function copies(speaker: Page) {
  return speaker.evaluate(() =>
    [...document.querySelectorAll('iframe')].map((frame) => {
      const win = frame.contentWindow;
      return {
        id: frame.parentElement?.id ?? '',
        at: JSON.stringify(win?.Reveal.getIndices()),
        hash: win?.location.hash ?? '',
        regions: frame.contentDocument?.querySelectorAll('.deck-announcer[role="status"]').length ?? -1,
      };
    }),
  );
}

const cell = (speaker: Page, id: string) => ({
  label: speaker.locator(`[data-speaker="${id}"] .speaker-time-label`),
  value: speaker.locator(`[data-speaker="${id}"] .speaker-time-value`),
  detail: speaker.locator(`[data-speaker="${id}"] .speaker-time-detail`),
});

type Indices = { h: number; v?: number; f?: number };

type Box = { name: string; x: number; y: number; width: number; height: number };

async function boxOf(name: string, locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${name} is not shown`);
  return { name, ...box };
}

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Minutes since midnight of an "HH:MM" text. */
const minutes = (text: string): number => {
  const [h, m] = text.split(':').map(Number);
  return (h ?? NaN) * 60 + (m ?? NaN);
};

/** The seconds the agenda gives each slide, in this document or in the copy of the deck `frame` names. */
const readTimings = (frame: string | null): string => {
  const doc = frame ? document.querySelector<HTMLIFrameElement>(frame)?.contentDocument : document;
  return doc ? [...doc.querySelectorAll<HTMLElement>('section[data-timing]')].map((s) => s.dataset.timing).join() : '';
};

/** Whether the speaker view's current-slide copy has taken up the projector's last change to the day. */
const copyFollows = async (page: Page, speaker: Page): Promise<boolean> =>
  (await page.evaluate(readTimings, null)) === (await speaker.evaluate(readTimings, '#current-slide iframe'));

const SIZES = [
  { width: 1024, height: 768, now: '10:10' },
  { width: 1280, height: 720, now: '13:05' },
  { width: 1920, height: 1080, now: '14:20' },
] as const;

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} nothing overlaps, the notes take most of the height, and every clock agrees (now ${size.now})`, async ({
    page,
    context,
  }, info) => {
    await freezeAt(page, size.now);
    await openDeck(page, `?now=${size.now}`, '#/3');
    const speaker = await openSpeaker(page, context, size);
    const notes = speaker.locator('.speaker-controls-notes');
    const firstWords = (await page.locator('.reveal .slides section.present aside.notes').first().textContent())?.trim().slice(0, 30) ?? '';
    await expect(notes).toContainText(firstWords);

    const parts: [string, Locator][] = [
      ['current slide', speaker.locator('#current-slide')],
      ['next slide', speaker.locator('#upcoming-slide')],
      ['notes', notes],
      ['clock', speaker.locator('[data-speaker="clock"]')],
      ['time left', speaker.locator('[data-speaker="left"]')],
      ['pace', speaker.locator('[data-speaker="pace"]')],
      ['agenda', speaker.locator('section[data-panel="agenda"]')],
      ['controls', speaker.locator('section[data-panel="controls"]')],
    ];
    const boxes = await Promise.all(parts.map(([name, locator]) => boxOf(name, locator)));
    for (const box of boxes) {
      expect(box.width * box.height, `${box.name} has an area`).toBeGreaterThan(0);
      expect(box.x >= -0.5 && box.y >= -0.5, `${box.name} starts inside the window`).toBe(true);
      expect(box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5, `${box.name} ends inside the window`).toBe(
        true,
      );
    }
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.name} / ${b.name}`),
    );
    expect(clashes).toEqual([]);
    const notesBox = boxes.find((b) => b.name === 'notes');
    expect(notesBox?.height ?? 0).toBeGreaterThanOrEqual(size.height / 2);

    // reveal's own timer, pacing and 12-hour clock are gone from what is shown; nothing reads AM or PM.
    await expect(speaker.locator('.speaker-controls-time')).toBeHidden();
    const shown = await speaker.evaluate(() => document.body.innerText);
    expect(shown).not.toMatch(/\d\s*(AM|PM)\b|pacing/i);

    // The class clock is the `?now=` time, in 24-hour form; the block's time left runs to the end the row names.
    const clock = cell(speaker, 'clock');
    await expect(clock.value).toHaveText(size.now);
    const left = cell(speaker, 'left');
    await expect(left.label).toHaveText('Time left');
    const until = /until (\d{2}:\d{2})$/.exec((await left.detail.textContent()) ?? '')?.[1] ?? '';
    const leftMinutes = minutes(until) - minutes(size.now);
    await expect(left.value).toHaveText(formatDurationMs(leftMinutes * 60_000));
    const block = (await left.detail.textContent())?.split(' · ')[0] ?? '';

    // The projector's HUD, when the lecturer shows it there, reads the very same clock, time left and pace.
    await speaker.getByRole('checkbox', { name: 'Show notices on the projector (D)' }).check();
    await page.keyboard.press('t');
    const hud = page.locator('.agenda-hud dd');
    await expect(hud.nth(0)).toHaveText(`${size.now} · ${(await clock.detail.textContent()) ?? ''}`);
    await expect(hud.nth(1)).toHaveText(`${block} · ${formatDurationMs(leftMinutes * 60_000)} left`);
    const pace = /lecture (.*)$/.exec((await cell(speaker, 'pace').detail.textContent()) ?? '')?.[1] ?? 'missing';
    await expect(hud.nth(2)).toHaveText(new RegExp(` · ${pace}$`));
    await speaker.getByRole('checkbox', { name: 'Show notices on the projector (D)' }).uncheck();
    await speaker.screenshot({ path: info.outputPath(`speaker-${size.width}x${size.height}.png`) });
  });
}

test('the notes’ size follows A− / A+, from the keyboard too, and is remembered; a clicker’s keys still move the deck, whose copies follow without rewriting their addresses, and only the current one speaks', async ({
  page,
  context,
}) => {
  // Two speaker windows, and waits longer than reveal's half-second debounce of the keys it forwards.
  test.slow();
  await openDeck(page, '', '#/3');
  let speaker = await openSpeaker(page, context);
  const value = speaker.locator('.speaker-controls-notes .value');
  const size = async () => Number.parseFloat(await value.evaluate((el) => getComputedStyle(el).fontSize));
  const start = await size();
  await speaker.getByRole('button', { name: 'A+' }).click();
  await speaker.getByRole('button', { name: 'A+' }).click();
  expect(await size()).toBe(start + 4);

  const where = () => page.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
  const before = await where();
  const smaller = speaker.getByRole('button', { name: 'A−' });
  await smaller.focus();
  await speaker.keyboard.press('Enter');
  await speaker.keyboard.press('Space');
  expect(await size()).toBe(start);
  // Enter and Space on the focused button changed the notes; they did not also move the deck (which hears the
  // speaker view's keys within reveal's half-second debounce).
  await page.waitForTimeout(1500);
  expect(await where()).toBe(before);
  await speaker.getByRole('button', { name: 'A+' }).click();
  const copiesBefore = await copies(speaker);
  // After a click the button lets go of the focus: the next key is the deck's again.
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(where).not.toBe(before);
  // The copies follow the move without rewriting their own addresses (a history entry each, on every key), and
  // only the current slide's copy has a live region: the next slide's would read the slide after on every move.
  await expect.poll(async () => (await copies(speaker)).find((c) => c.id === 'current-slide')?.at).toBe(await where());
  // The next slide's copy follows once the thread is idle (copy-pace.ts): one step ahead of the current one.
  const ahead = (list: Awaited<ReturnType<typeof copies>>): boolean => {
    const [now, next] = ['current-slide', 'upcoming-slide'].map((id) => JSON.parse(list.find((c) => c.id === id)?.at ?? '{}') as Indices);
    return (
      !!now &&
      !!next &&
      (next.h > now.h ||
        (next.h === now.h && (next.v ?? 0) > (now.v ?? 0)) ||
        (next.h === now.h && (next.v ?? 0) === (now.v ?? 0) && (next.f ?? -1) > (now.f ?? -1)))
    );
  };
  const upcomingBefore = copiesBefore.find((c) => c.id === 'upcoming-slide')?.at;
  await expect
    .poll(async () => (await copies(speaker)).find((c) => c.id === 'upcoming-slide')?.at, { timeout: 5000 })
    .not.toBe(upcomingBefore);
  expect(ahead(await copies(speaker))).toBe(true);
  expect((await copies(speaker)).map(({ id, hash, regions }) => ({ id, hash, regions }))).toEqual(
    copiesBefore.map(({ id, hash }) => ({ id, hash, regions: id === 'current-slide' ? 1 : 0 })),
  );

  // A new speaker window, opened by reveal's notes plugin (a second S press opened none in this test: not investigated).
  await speaker.close();
  // The window's name stays taken a moment after it closed: opening at once can reach the closing window.
  await page.waitForTimeout(1000);
  const [reopened] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => {
      (window.Reveal.getPlugin('notes') as unknown as { open(): void }).open();
    }),
  ]);
  speaker = reopened;
  await expect(speaker.locator('[data-speaker="clock"] .speaker-time-value')).not.toBeEmpty({ timeout: 15_000 });
  expect(Number.parseFloat(await speaker.locator('.speaker-controls-notes .value').evaluate((el) => getComputedStyle(el).fontSize))).toBe(
    start + 2,
  );
  await expect(speaker.locator('section[data-panel="controls"]')).toContainText(`Notes ${start + 2} px`);
});

test("the speaker view's copies move only once the projector has come to rest (its scene drawn, its thread's transitions ended) or 1.5 s passed, then stand where it stands", async ({
  page,
  context,
}) => {
  await openDeck(page);
  // The first slide whose steps move a scene, and the first whose steps fade in.
  const starts = [await firstSlide(page, 1, '.scene[data-scene]'), await firstSlide(page, 1, '.fragment:not(.scene *)')];
  const speaker = await openSpeaker(page, context);
  const copies = await copyFrames(speaker);
  type Copy = (typeof copies)[number];
  const [current, next] = copies as [Copy, Copy];
  const at = (target: Page | Copy) => target.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
  // Each copy notes when it moves; the projector notes when a scene's final picture is drawn and when each CSS
  // transition its thread draws ends (the compositor moves `transform` and `opacity` alone). One clock for all:
  // the windows share the browser's time origin.
  for (const copy of copies)
    await copy.evaluate(() => {
      const moved: number[] = [];
      Object.assign(window, { movedAt: moved });
      for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden'])
        window.Reveal.on(type, () => moved.push(performance.timeOrigin + performance.now()));
    });
  await page.evaluate(() => {
    const rested: number[] = [];
    const note = () => rested.push(performance.timeOrigin + performance.now());
    const onThread = (a: Animation) => a instanceof CSSTransition && !['transform', 'opacity'].includes(a.transitionProperty);
    Object.assign(window, {
      restedAt: rested,
      atRest: () =>
        !document.querySelector('.reveal .slides section.present .scene[data-scene]:not([data-drawn])') &&
        !document.getAnimations().some((a) => onThread(a) && a.playState === 'running'),
    });
    const ended = (event: TransitionEvent) => {
      if (!['transform', 'opacity'].includes(event.propertyName)) note();
    };
    for (const type of ['transitionend', 'transitioncancel'] as const) document.addEventListener(type, ended, { capture: true });
    new MutationObserver((changes) => {
      if (changes.some((c) => c.target instanceof Element && c.target.hasAttribute('data-drawn'))) note();
    }).observe(document.querySelector('.reveal .slides') ?? document, { subtree: true, attributeFilter: ['data-drawn'] });
  });
  const movedAt = (copy: Copy) => copy.evaluate(() => (window as unknown as { movedAt: number[] }).movedAt);
  const restedAt = () => page.evaluate(() => (window as unknown as { restedAt: number[] }).restedAt);
  const atRest = () => page.evaluate(() => (window as unknown as { atRest: () => boolean }).atRest());
  for (const start of starts) {
    // At the slide's first step: each press below is one of its steps.
    await page.evaluate(({ h, v }) => {
      window.Reveal.slide(h, v, -1);
    }, start);
    await expect.poll(() => at(current)).toBe(await at(page));
    await expect.poll(atRest).toBe(true);
    for (let press = 1; press <= 2; press++) {
      const label = `${JSON.stringify(start)}, press ${String(press)}`;
      const pressed = await page.evaluate(() => performance.timeOrigin + performance.now());
      const nextBefore = await at(next);
      await page.bringToFront();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => at(current), `${label}: the current copy follows`).toBe(await at(page));
      await expect.poll(() => at(next), `${label}: the next copy follows`).not.toBe(nextBefore);
      await expect.poll(atRest, `${label}: the projector comes to rest`).toBe(true);
      const rest = Math.max(...(await restedAt()).filter((t) => t >= pressed));
      expect(rest - pressed, `${label}: the projector moved (its scene or its fades) for a while`).toBeGreaterThan(150);
      for (const [i, copy] of copies.entries()) {
        const moved = (await movedAt(copy)).filter((t) => t >= pressed);
        expect(moved.length, `${label}: copy ${String(i)} moved`).toBeGreaterThan(0);
        expect(
          Math.min(...moved),
          `${label}: copy ${String(i)} moved only once the projector rested, or 1.5 s after the press`,
        ).toBeGreaterThanOrEqual(Math.min(rest, pressed + 1500) - 1);
      }
    }
  }
});

test('a copy that follows late never takes the projector back: its follow moves are not reported to the popup', async ({
  page,
  context,
}) => {
  await openDeck(page);
  // The first slide with two steps or more, at its first step.
  const start = await firstSlide(page, 2);
  await openDeck(page, '', `#/${String(start.h)}/${String(start.v)}`);
  const speaker = await openSpeaker(page, context);
  const [copy] = await copyFrames(speaker);
  if (!copy) throw new Error("the speaker view has no current slide's copy");
  const at = (target: Page | typeof copy) => target.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
  const left = await page.evaluate(() => window.Reveal.getState());
  for (let press = 0; press < 2; press++) {
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => at(copy)).toBe(await at(page));
  }
  const projectorAt = await at(page);
  // The popup's message to the copy, as it arrives when the copy follows late: a state the projector has left.
  await speaker.evaluate((state) => {
    document
      .querySelector<HTMLIFrameElement>('#current-slide iframe')
      ?.contentWindow?.postMessage(JSON.stringify({ method: 'setState', args: [state] }), '*');
  }, left);
  await expect.poll(() => copy.evaluate(() => window.Reveal.getState().indexf), 'the copy follows the message').toBe(left.indexf);
  // reveal's popup sends a state it hears from the copy to the projector 500 ms later: wait past that.
  await page.waitForTimeout(1200);
  expect(await at(page), 'the projector stays where the lecturer left it').toBe(projectorAt);
});

// Popup sizes where the small copies come out 16:9 or wider, so the slide fills their height (found by measuring).
const SMALL_COPIES = [
  { width: 1100, height: 700 },
  { width: 1280, height: 640 },
  { width: 1280, height: 720 },
] as const;

test("in the speaker view's small copies no arrows are drawn, and the slide number covers no line of any slide (walked in the next slide's copy)", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openDeck(page);
  const speaker = await openSpeaker(page, context);
  const frames = await copyFrames(speaker);
  // reveal's arrows, in the current slide's copy (the next one's are off already), after a press enables them.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  for (const frame of frames) await expect(frame.locator('.reveal .controls button:visible')).toHaveCount(0);
  // The next slide's copy tells the popup nothing, so it may be walked here: every slide, every step shown, each
  // scene drawn; the number must sit clear of every line of text the slide shows.
  const [, upcoming] = frames as [unknown, (typeof frames)[number]];
  const total = await upcoming.evaluate(() => window.Reveal.getSlides().length);
  expect(total).toBeGreaterThan(10);
  const covered: string[] = [];
  for (const size of SMALL_COPIES) {
    await speaker.setViewportSize(size);
    for (let i = 0; i < total; i++) {
      await upcoming.evaluate((n) => {
        const slide = window.Reveal.getSlides()[n];
        if (!slide) return;
        const { h, v = 0 } = window.Reveal.getIndices(slide);
        window.Reveal.slide(h, v, slide.querySelectorAll('.fragment').length - 1);
      }, i);
      await expect(upcoming.locator('.reveal .slides section.present .scene[data-scene]:not([data-drawn])')).toHaveCount(0);
      const found = await upcoming.evaluate(() => {
        const number = document.querySelector('.reveal .slide-number a')?.getBoundingClientRect();
        if (!number) return ['no slide number'];
        const lines: string[] = [];
        const walker = document.createTreeWalker(window.Reveal.getCurrentSlide(), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const parent = node.parentElement;
          if (!text || !parent || parent.closest('.sr-only, aside.notes') || getComputedStyle(parent).visibility !== 'visible') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects())
            if (r.width > 0 && r.bottom > number.top && r.top < number.bottom && r.left < number.right && r.right > number.left)
              lines.push(`${window.Reveal.getIndices().h}: “${text.slice(0, 40)}”`);
        }
        return lines;
      });
      covered.push(...found.map((line) => `${String(size.width)}x${String(size.height)}, slide ${line}`));
    }
  }
  expect(covered, 'lines the slide number covers').toEqual([]);
});

test('storage that refuses to keep settings: the size still changes, and the view says it is not remembered', async ({ page, context }) => {
  await context.addInitScript(() => {
    const setItem = Reflect.get<Storage, 'setItem'>(Storage.prototype, 'setItem');
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('vmdocker.speaker') || key.startsWith('vmdocker.notices')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await openDeck(page, '', '#/3');
  const speaker = await openSpeaker(page, context);
  const value = speaker.locator('.speaker-controls-notes .value');
  const before = await value.evaluate((el) => getComputedStyle(el).fontSize);
  await speaker.getByRole('button', { name: 'A+' }).click();
  expect(await value.evaluate((el) => getComputedStyle(el).fontSize)).not.toBe(before);
  await expect(speaker.locator('.speaker-control-note')).toHaveText(/not remembered/);
  // The choice still reaches the projector for this session.
  await speaker.getByRole('checkbox', { name: 'Show notices on the projector (D)' }).check();
  await page.keyboard.press('Equal');
  await expect(page.locator('.agenda-toast')).toBeVisible();
});

test('toasts and the HUD stay in the speaker view unless shown on the projector, and never overlap there', async ({ page, context }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await freezeAt(page, '10:10');
  await openDeck(page, '?now=10:10');
  const toast = page.locator('.agenda-toast');
  const hud = page.locator('.agenda-hud');
  // No speaker view: the projector's screen is the lecturer's only one, so the notices show there.
  await page.keyboard.press('Equal');
  await expect(toast).toBeVisible();
  await page.keyboard.press('Minus');

  const speaker = await openSpeaker(page, context);
  const message = speaker.locator('.agenda-speaker-message');
  await expect(toast).toBeHidden();
  await page.keyboard.press('Equal');
  await expect(message).toHaveText(/\+5 min/);
  // At once, not eventually: a toast hides by itself after a few seconds.
  expect(await toast.isVisible()).toBe(false);
  // The speaker view's copy takes the change up from storage; the notice stays the one the projector relayed.
  await expect.poll(() => copyFollows(page, speaker)).toBe(true);
  await expect(message).toHaveText(/\+5 min/);
  await page.keyboard.press('t');
  await expect(message).toHaveText(/timing overlay is in the speaker view/);
  expect(await toast.isVisible()).toBe(false);
  expect(await hud.isVisible()).toBe(false);

  // The lecturer chooses to show them on the projector: the HUD asked for with T appears, and the toast beside it.
  await speaker.getByRole('checkbox', { name: 'Show notices on the projector (D)' }).check();
  await expect(hud).toBeVisible();
  await page.keyboard.press('Minus');
  await expect(toast).toHaveText(/-5 min/);
  const [toastBox, hudBox] = await Promise.all([boxOf('toast', toast), boxOf('HUD', hud)]);
  expect(overlap(toastBox, hudBox), `toast ${JSON.stringify(toastBox)} covers HUD ${JSON.stringify(hudBox)}`).toBe(false);

  // D on the deck makes them private again, and the speaker view's box follows.
  await page.keyboard.press('d');
  await expect(hud).toBeHidden();
  await expect(toast).toBeHidden();
  await expect(speaker.getByRole('checkbox', { name: 'Show notices on the projector (D)' })).not.toBeChecked();
  await expect(message).toHaveText(/speaker view only/);
  // The copy's own take on the -5 min, however late its storage event comes, does not write over the later notice.
  await expect.poll(() => copyFollows(page, speaker)).toBe(true);
  await expect(message).toHaveText(/speaker view only/);
});

test('the rehearsal badge stays off the projector while the speaker view shows the run; there T flashes the row of time and R opens the rehearsal dialog', async ({
  page,
  context,
}) => {
  await openDeck(page, '?rehearse');
  const badge = page.locator('.rehearsal-badge');
  await expect(badge).toBeVisible();
  const speaker = await openSpeaker(page, context);
  await expect(speaker.locator('section[data-panel="rehearsal"]')).toContainText('Rehearsing');
  await expect(badge).toBeHidden();
  // T: the speaker view's row of time is its timing overlay (m7).
  await speaker.keyboard.press('t');
  await expect(speaker.locator('section[data-panel="time"]')).toHaveClass(/is-flash/);
  await expect(speaker.locator('.agenda-speaker-message')).toHaveText(/timing overlay is this top row/);
  // R: the dialog opens where the lecturer is, and drives the projector's recorder (m8).
  await speaker.keyboard.press('r');
  const dialog = speaker.locator('dialog.rehearsal-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('dialog.rehearsal-dialog[open]')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(speaker.locator('section[data-panel="rehearsal"]')).toContainText('Rehearsal paused');
  await dialog.getByRole('button', { name: 'Resume', exact: true }).click();
  await speaker.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(speaker.locator('section[data-panel="rehearsal"]')).toContainText('Rehearsing');
  await speaker.close();
  // The speaker view closed: the lecturer's only screen is the projector's again.
  await expect(badge).toBeVisible();
});

test('Q freezes every time left: the projector’s countdown, its HUD and the speaker view’s, while the clock moves on', async ({
  page,
  context,
}) => {
  await freezeAt(page, '10:10');
  await openDeck(page, '?now=10:10');
  // The first countdown slide of a block, from the built deck.
  const hash = await page.evaluate(() => {
    const slide = [...document.querySelectorAll<HTMLElement>('section[data-countdown-slide]')].find(
      (s) => s.dataset.block !== 'break' && s.dataset.block !== 'free',
    );
    if (!slide) throw new Error('the deck has no countdown slide of a block');
    const { h, v = 0 } = window.Reveal.getIndices(slide);
    return `#/${String(h)}/${String(v)}`;
  });
  await openDeck(page, '?now=10:10', hash);
  // The projector shows the slide its address names, and the speaker view, opened, leaves it there.
  await expect.poll(() => shownHash(page)).toBe(hash);
  const speaker = await openSpeaker(page, context);
  await page.bringToFront();
  await page.keyboard.press('q');
  const projector = page.locator('.reveal .slides section.present [data-countdown] .countdown-main');
  const left = cell(speaker, 'left').value;
  await expect(speaker.locator('section[data-panel="agenda"]')).toContainText('Paused');
  expect(await shownHash(page)).toBe(hash);
  const before = { projector: await projector.textContent(), left: await left.textContent() };
  await freezeAt(page, '10:13');
  await expect(speaker.locator('section[data-panel="agenda"]')).toContainText(/for 3 min 0\d s/);
  expect({ projector: await projector.textContent(), left: await left.textContent() }).toEqual(before);
  await expect(cell(speaker, 'clock').value).toHaveText('10:13');
  // The HUD on the projector (no speaker view): its "Now" line stands still too.
  await speaker.close();
  await page.keyboard.press('t');
  const now = page.locator('.agenda-hud').getByText(/ left$/);
  const held = await now.textContent();
  await freezeAt(page, '10:15');
  await expect(page.locator('.agenda-hud')).toContainText(/for 5 min 0\d s/);
  await expect(now).toHaveText(held ?? '');
});

test('the longest notes never clip without a cue: the pane scrolls, with a shadow at the edge that has more', async ({ page, context }) => {
  await openDeck(page, '?now=10:10');
  // The slide with the most notes, from the built deck.
  const hash = await page.evaluate(() => {
    const slides = window.Reveal.getSlides();
    const longest = slides.reduce((a, b) =>
      (b.querySelector('aside.notes')?.textContent.length ?? 0) > (a.querySelector('aside.notes')?.textContent.length ?? 0) ? b : a,
    );
    const { h, v = 0 } = window.Reveal.getIndices(longest);
    return `#/${String(h)}/${String(v)}`;
  });
  await openDeck(page, '?now=10:10', hash);
  const speaker = await openSpeaker(page, context, { width: 1024, height: 768 });
  const pane = speaker.locator('.speaker-controls-notes');
  await expect(pane.locator('.value')).not.toBeEmpty();
  const read = () =>
    pane.evaluate((el) => ({
      more: el.scrollHeight > el.clientHeight + 1,
      overflow: getComputedStyle(el).overflowY,
      cue: getComputedStyle(el).backgroundImage,
    }));
  const shown = await read();
  expect(shown.more, 'these notes are longer than the pane at 1024x768').toBe(true);
  expect(['auto', 'scroll']).toContain(shown.overflow);
  expect(shown.cue.match(/gradient/g)?.length ?? 0, 'covers and shadows at both edges').toBe(4);
  // Scrolled to the end, the last words are inside the pane.
  await pane.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const last = await pane.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el.querySelector('.value') ?? el);
    const rects = [...range.getClientRects()].filter((r) => r.height > 0);
    return { bottom: rects.at(-1)?.bottom ?? Infinity, pane: el.getBoundingClientRect().bottom };
  });
  expect(last.bottom).toBeLessThanOrEqual(last.pane + 1);
});

test("the speaker view's copies jump to each step: no fade or bounce runs in them, while the projector's own steps fade", async ({
  page,
  context,
}) => {
  await openDeck(page);
  // The first slide whose steps are fragments (reveal fades each one in).
  const first = await firstSlide(page, 1);
  const hash = `#/${String(first.h)}/${String(first.v)}`;
  await openDeck(page, '', hash);
  const speaker = await openSpeaker(page, context);
  const frames = await copyFrames(speaker);
  // Every CSS transition or animation that starts in a window, counted from now on.
  const countMotion = () => {
    const started = { count: 0 };
    Object.assign(window, { motionStarted: started });
    for (const type of ['transitionrun', 'animationstart']) document.addEventListener(type, () => started.count++, { capture: true });
  };
  const motion = (target: Page | (typeof frames)[number]) =>
    target.evaluate(() => (window as unknown as { motionStarted: { count: number } }).motionStarted.count);
  for (const target of [page, ...frames]) await target.evaluate(countMotion);
  const where = () => page.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
  const copyAt = () => frames[0]?.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
  const nextAt = () => frames[1]?.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
  const nextBefore = await nextAt();
  for (let press = 0; press < 2; press++) {
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(copyAt).toBe(await where());
  }
  // Past reveal's 0.2 s fade, and the next copy has made its idle move: it too changed its step.
  await expect.poll(nextAt).not.toBe(nextBefore);
  await page.waitForTimeout(1500);
  expect(await motion(page), 'the projector faded its steps in').toBeGreaterThan(0);
  expect(await Promise.all(frames.map(motion)), 'motion started in the current and the next copy').toEqual([0, 0]);
});
