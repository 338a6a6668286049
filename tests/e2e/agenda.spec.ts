import type { Page, TestInfo } from '@playwright/test';
import { deckReady, expect, openDeck, test } from './fixtures';

/**
 * The agenda in the built deck. The seed day (09:00–15:00): lecture 09:00–09:54, Install Docker 09:54–10:24,
 * Container Demo 10:24–10:34, First Containers 10:34–10:54, Container Fun 10:54–14:00, Project Planning
 * 14:00–14:15, Project Planning Time 14:15–15:00. `?now=` starts the deck's clock at a time; freezing the
 * browser's clock as well makes every countdown read an exact value.
 */
const DAY = '2025-09-10';

async function freezeAt(page: Page, clock: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${DAY}T${clock}:00`));
}

/** Shows the first slide matching `selector` (a countdown slide, usually). */
async function show(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const slide = document.querySelector<HTMLElement>(sel);
    if (!slide) throw new Error(`no slide ${sel}`);
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v);
  }, selector);
}

const countdownOf = (page: Page, block: string) =>
  // A countdown slide a break splits is also on the deck after the break (`data-part`): this is its first.
  page.locator(`section[data-block="${block}"][data-countdown-slide]:not([data-part]) .countdown`);

/** 1280x720 pictures of the states, kept with the test results for a person to look at. */
async function picture(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
}

const INSTALL = 'section[data-block="install-docker"][data-countdown-slide]';

test.describe('timing on the slides', () => {
  test('the slides’ data-timing adds up to the class, break slides included', async ({ page }) => {
    await openDeck(page, '?start=08:30&end=16:00&break=12:00-13:00');
    const { sum, total, breaks } = await page.evaluate(() => {
      const timed = [...document.querySelectorAll<HTMLElement>('section[data-timing]')];
      return {
        sum: timed.reduce((s, el) => s + Number(el.dataset.timing), 0),
        total: window.Reveal.getConfig().totalTime,
        breaks: timed.filter((el) => el.dataset.block === 'break').map((el) => Number(el.dataset.timing)),
      };
    });
    expect(sum).toBe(7.5 * 3600);
    expect(total).toBe(7.5 * 3600);
    expect(breaks).toEqual([3600]);
  });

  test('?totalTime= cannot override the agenda’s pacing: reveal keeps the day’s length, the banner says why', async ({ page }) => {
    await openDeck(page, '?start=08:30&end=16:00&totalTime=60');
    expect(await page.evaluate(() => window.Reveal.getConfig().totalTime)).toBe(7.5 * 3600);
    await expect(page.locator('.agenda-banner')).toContainText('totalTime= is ignored: the class agenda sets reveal');
  });

  test('the lecturer’s notices never cover each other: banner, rehearsal badge, HUD and toast each keep their own room', async ({
    page,
  }) => {
    // No speaker view is open, so every notice is on the projector at once.
    await openDeck(page, '?start=9:99&totalTime=60&rehearse', '#/2');
    await page.locator('.reveal .slides').click();
    await page.keyboard.press('t');
    await page.keyboard.press('+');
    const notices = ['.agenda-banner', '.rehearsal-badge', '.agenda-hud', '.agenda-toast'];
    for (const selector of notices) await expect(page.locator(selector)).toBeVisible();
    const boxes = await Promise.all(notices.map(async (selector) => ({ selector, box: await page.locator(selector).boundingBox() })));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (!a.box || !b.box) throw new Error(`${a.selector} or ${b.selector} has no box`);
        const apart =
          a.box.x + a.box.width <= b.box.x ||
          b.box.x + b.box.width <= a.box.x ||
          a.box.y + a.box.height <= b.box.y ||
          b.box.y + b.box.height <= a.box.y;
        expect(apart, `${a.selector} ${JSON.stringify(a.box)} overlaps ${b.selector} ${JSON.stringify(b.box)}`).toBe(true);
      }
    }
    // Dismissed, the banner gives its room back.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(async () => (await page.locator('.rehearsal-badge').boundingBox())?.y).toBeLessThan(20);
  });

  test('the agenda slide draws the day with its block boundaries and marks the current block', async ({ page }, info) => {
    await freezeAt(page, '10:00');
    await openDeck(page, '?start=08:30&end=16:00&now=10:00', '#/1');
    const bars = await page
      .locator('.agenda-timeline .tl-bar')
      .evaluateAll((rects) =>
        rects.map((r) => `${r.getAttribute('data-start')}–${r.getAttribute('data-end')} ${r.getAttribute('data-group')}`),
      );
    expect(bars).toEqual([
      '08:30–09:24 lecture',
      '09:24–09:54 install-docker',
      '09:54–10:04 container-demo',
      '10:04–10:24 first-containers',
      '10:24–15:00 container-fun',
      '15:00–15:15 planning-lecture',
      '15:15–16:00 planning-time',
    ]);
    const labels = await page.locator('.agenda-timeline .tl-label').allTextContents();
    expect(labels).toEqual([
      '08:30Virtual Machines vs Docker',
      '09:24Install Docker',
      '09:54Container Demo',
      '10:04First Containers',
      '10:24Container Fun',
      '15:00Project Planning',
      '15:15Project Planning Time',
    ]);
    await expect(page.locator('.agenda-timeline .tl-bar.is-now')).toHaveAttribute('data-group', 'container-demo');
    await expect(page.locator('.agenda-timeline .tl-now text')).toHaveText('now 10:00');
    await expect(page.locator('.agenda-timeline svg')).toHaveAttribute('aria-label', /09:54–10:04 Container Demo/);

    // Legible from the room: every label at least 18px on screen, none overlapping another.
    const boxes = await page.locator('.agenda-timeline text').evaluateAll((texts) =>
      texts
        .filter((t) => t.textContent)
        .map((t) => {
          const r = t.getBoundingClientRect();
          const svg = t.closest('svg');
          const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
          const size = parseFloat(getComputedStyle(t).fontSize) * scale;
          return { text: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, size };
        }),
    );
    for (const box of boxes) expect(box.size, box.text).toBeGreaterThanOrEqual(18);
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 4 && b.y0 < a.y1 - 4)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);
    const slide = await page.locator('.reveal .slides > section.present').boundingBox();
    const svg = await page.locator('.agenda-timeline svg').boundingBox();
    expect(svg && slide && svg.y + svg.height <= slide.y + slide.height).toBe(true);
    await picture(page, info, 'agenda-slide');
  });
});

test.describe('countdown slides', () => {
  test('count down to the block’s clock end, big enough for the back of the room', async ({ page }, info) => {
    await freezeAt(page, '10:00');
    await openDeck(page, '?now=10:00');
    await show(page, INSTALL);
    const countdown = countdownOf(page, 'install-docker');
    await expect(countdown).toHaveAttribute('data-phase', 'running');
    await expect(countdown.locator('.countdown-main')).toHaveText('24:00');
    await expect(countdown.locator('.countdown-label')).toHaveText('left · ends 10:24');
    await expect(countdown.locator('.countdown-next')).toHaveText('Next: Container Demo at 10:24');
    await expect(countdown.locator('.countdown-instructions')).toContainText('docker run hello-world');
    // The font size on screen: the CSS size times reveal's scale of the slide.
    const digits = await countdown
      .locator('.countdown-main')
      .evaluate((el: HTMLElement) => (parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().height) / el.offsetHeight);
    expect(digits).toBeGreaterThanOrEqual(120);
    await picture(page, info, 'countdown-normal');
  });

  test('turn amber with the minutes in words from 5 minutes before the end', async ({ page }, info) => {
    await freezeAt(page, '10:19');
    await openDeck(page, '?now=10:19');
    await show(page, INSTALL);
    const countdown = countdownOf(page, 'install-docker');
    await expect(countdown).toHaveAttribute('data-phase', 'warn');
    await expect(countdown.locator('.countdown-main')).toHaveText('5:00');
    await expect(countdown.locator('.countdown-label')).toHaveText('5 min left · ends 10:24');
    await picture(page, info, 'countdown-5-min');
  });

  test('say time’s up in red and by how much, never a negative count', async ({ page }, info) => {
    await freezeAt(page, '10:31');
    await openDeck(page, '?now=10:31');
    await show(page, INSTALL);
    const countdown = countdownOf(page, 'install-docker');
    await expect(countdown).toHaveAttribute('data-phase', 'over');
    await expect(countdown.locator('.countdown-main')).toHaveText("Time's up");
    await expect(countdown.locator('.countdown-label')).toHaveText('over by 7:00 · ended 10:24');
    await picture(page, info, 'countdown-over');
  });

  test('say when the block starts while the deck is ahead of the clock', async ({ page }) => {
    await freezeAt(page, '09:30');
    await openDeck(page, '?now=09:30');
    await show(page, INSTALL);
    await expect(countdownOf(page, 'install-docker').locator('.countdown-main')).toHaveText('starts at 09:54');
  });

  test('a break slide counts down to when class resumes; the block it interrupts counts to the break', async ({ page }) => {
    await freezeAt(page, '11:58');
    await openDeck(page, '?break=12:00-13:00&now=11:58');
    await show(page, 'section[data-block="container-fun"][data-countdown-slide]');
    const fun = countdownOf(page, 'container-fun');
    await expect(fun.locator('.countdown-main')).toHaveText('2:00');
    await expect(fun.locator('.countdown-label')).toHaveText('2 min left · break at 12:00');
    await expect(fun.locator('.countdown-end')).toHaveText('Container Fun ends 14:00');
    await show(page, 'section[data-block="break"]');
    const pause = countdownOf(page, 'break');
    await expect(pause).toHaveAttribute('data-phase', 'before');
    await expect(pause.locator('.countdown-main')).toHaveText('starts at 12:00');
  });

  test('print view shows each block’s clock times and length instead of a count', async ({ page }) => {
    await openDeck(page, '?print-pdf');
    await page.locator('.pdf-page').first().waitFor();
    const install = page.locator(`${INSTALL} .countdown`);
    await expect(install).toHaveAttribute('data-phase', 'print');
    await expect(install.locator('.countdown-main')).toHaveText('09:54–10:24 · 30 min');
    await expect(install.locator('.countdown-instructions')).toContainText('docker run hello-world');
    await expect(page.locator('section[data-block="container-fun"][data-countdown-slide] .countdown-main')).toHaveText(
      '10:54–14:00 · 3 h 6 min',
    );
    await expect(page.locator('.agenda-timeline .tl-bar')).toHaveCount(7);
    await expect(page.locator('.agenda-timeline .tl-now text')).toHaveCount(0);
  });
});

test.describe('warnings', () => {
  for (const [query, warning] of [
    ['?start=25:99', 'start=25:99 is not a clock time (HH:MM); using 09:00'],
    ['?end=08:00&start=09:00', 'end=08:00 is not after start=09:00; using 09:00–15:00'],
  ] as const) {
    test(`${query} shows a warning and the deck runs the default day`, async ({ page }, info) => {
      await openDeck(page, query, '#/1');
      const banner = page.getByRole('alert');
      await expect(banner).toContainText(warning);
      await expect(page.locator('.tl-bar[data-group="lecture"]')).toHaveAttribute('data-start', '09:00');
      await expect(page.locator('.tl-bar[data-group="planning-time"]')).toHaveAttribute('data-end', '15:00');
      await picture(page, info, `banner-${query.replace(/\W+/g, '-')}`);
      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await expect(banner).toHaveCount(0);
    });
  }

  test('25 breaks: the deck starts, keeps 12 of them and says so', async ({ page }) => {
    const breaks = Array.from({ length: 25 }, (_, i) => {
      const at = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return `&break=${at(500 + i * 25)}-${at(505 + i * 25)}`;
    }).join('');
    // Before the label placement was made linear, this never reached ready (the main thread blocked for minutes).
    await openDeck(page, `?start=08:00&end=20:00${breaks}`, '#/1');
    await expect(page.getByRole('alert')).toContainText('25 breaks given; a day can have at most 12: the first 12 are used');
    await expect(page.locator('.agenda-timeline .tl-bar[data-group^="break"]')).toHaveCount(12);
  });

  test('a long bad value is cut short and the Dismiss button stays on the screen', async ({ page }) => {
    await openDeck(page, `?start=${'9'.repeat(400)}&START=08:00`, '#/1');
    const banner = page.getByRole('alert');
    await expect(banner).toContainText(`start=${'9'.repeat(24)}… is not a clock time`);
    await expect(banner).toContainText('START= is ignored: parameter names are lower case (start=)');
    const button = await banner.getByRole('button', { name: 'Dismiss' }).boundingBox();
    expect(button && button.x + button.width).toBeLessThanOrEqual(1280);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  });

  test('corrupt storage loses only the adjustments', async ({ page }) => {
    await freezeAt(page, '10:00');
    await page.addInitScript((key) => {
      localStorage.setItem(key, '{"adjustments": {');
    }, `vmdocker.agenda.${DAY}`);
    await openDeck(page, '?now=10:00');
    await expect(page.getByRole('alert')).toContainText("today's agenda changes are lost");
    await show(page, INSTALL);
    await page.keyboard.press('Equal');
    await expect(countdownOf(page, 'install-docker').locator('.countdown-label')).toHaveText('left · ends 10:29');
  });
});

test.describe('changing the day', () => {
  test('+ and - extend and shorten the block on screen, re-flow the day and survive a reload', async ({ page }) => {
    await freezeAt(page, '10:00');
    await openDeck(page, '?now=10:00');
    await show(page, INSTALL);
    const countdown = countdownOf(page, 'install-docker');
    const toast = page.getByRole('status');
    const timings = () =>
      page.evaluate(() => {
        const timed = [...document.querySelectorAll<HTMLElement>('section[data-timing]')];
        const of = (block: string) => timed.filter((el) => el.dataset.block === block).reduce((s, el) => s + Number(el.dataset.timing), 0);
        return { sum: timed.reduce((s, el) => s + Number(el.dataset.timing), 0), install: of('install-docker'), fun: of('container-fun') };
      });
    const before = await timings();

    await page.keyboard.press('Equal');
    await expect(toast).toHaveText('Install Docker +5 min · Container Fun now 10:59–14:00');
    await expect(countdown.locator('.countdown-label')).toHaveText('left · ends 10:29');
    await expect(countdown.locator('.countdown-next')).toHaveText('Next: Container Demo at 10:29');
    await page.keyboard.press('Shift+Equal');
    await expect(countdown.locator('.countdown-label')).toHaveText('left · ends 10:34');
    const after = await timings();
    expect(after.sum).toBe(before.sum);
    expect(after.install - before.install).toBe(600);
    expect(before.fun - after.fun).toBe(600);
    await expect(page.locator('.tl-bar[data-group="container-demo"]')).toHaveAttribute('data-start', '10:34');

    // reveal writes the slide into the URL after a debounce: the reload must come back to this slide.
    await page.waitForURL((url) => url.hash.length > 2);
    await page.reload();
    await deckReady(page);
    await expect(countdown.locator('.countdown-label')).toHaveText('left · ends 10:34');
    await page.keyboard.press('Minus');
    await expect(toast).toHaveText('Install Docker -5 min · Container Fun now 10:59–14:00');
    await page.keyboard.press('Shift+Minus');
    await expect(countdown.locator('.countdown-label')).toHaveText('left · ends 10:24');
    expect(await timings()).toEqual(before);
  });

  test('a change the day cannot hold is refused with the reason', async ({ page }) => {
    await freezeAt(page, '11:00');
    await openDeck(page, '?now=11:00&break=12:00-13:00');
    await show(page, 'section[data-block="container-fun"][data-countdown-slide]');
    await page.keyboard.press('Equal');
    const toast = page.getByRole('status');
    await expect(toast).toContainText('Cannot extend Container Fun by 5 min');
    await expect(toast).toHaveClass(/is-refused/);
    await expect(countdownOf(page, 'container-fun').locator('.countdown-end')).toHaveText('Container Fun ends 14:00');
    await show(page, 'section[data-block="break"]');
    await page.keyboard.press('Minus');
    await expect(toast).toHaveText('A break keeps its clock times: move to a block to change the agenda');
  });

  test('Q pauses for questions and resuming extends the block by the pause', async ({ page }) => {
    await page.clock.install({ time: new Date(`${DAY}T10:00:00`) });
    await openDeck(page);
    await show(page, INSTALL);
    const countdown = countdownOf(page, 'install-docker');
    await page.keyboard.press('q');
    await expect(page.getByRole('status')).toHaveText('Paused Install Docker for questions · Q resumes');
    await expect(countdown).toHaveAttribute('data-phase', 'paused');
    const frozen = await countdown.locator('.countdown-main').textContent();
    await page.clock.fastForward('03:00');
    await expect(countdown.locator('.countdown-main')).toHaveText(frozen ?? '');
    await page.keyboard.press('t');
    await expect(page.locator('.agenda-hud')).toContainText(/Paused\s*Install Docker for 3:0\d · Q resumes/);

    await page.keyboard.press('q');
    await expect(page.getByRole('status')).toHaveText(
      /^Resumed Install Docker · Install Docker \+3 min( \d+ s)? · Container Fun now 10:57–14:00$/,
    );
    await expect(countdown).toHaveAttribute('data-phase', 'running');
    await expect(countdown.locator('.countdown-label')).toHaveText('left · ends 10:27');
  });

  test('with reduced motion the timeline jumps to the new day', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, '', '#/1');
    await page.keyboard.press('Equal');
    await expect(page.getByRole('status')).toHaveText('Virtual Machines vs Docker +5 min · Container Fun now 10:59–14:00');
    const x = await page.locator('.tl-bar[data-group="install-docker"]').getAttribute('x');
    expect(Number(x)).toBeCloseTo((59 / 360) * 1200, 3);
  });
});

test.describe('the lecturer’s view', () => {
  test('T toggles a HUD with the block by the clock, its time left, the pace and the class end', async ({ page }, info) => {
    await freezeAt(page, '10:10');
    await openDeck(page, '?now=10:10');
    await show(page, 'section[data-block="container-demo"][data-countdown-slide]');
    const hud = page.locator('.agenda-hud');
    await expect(hud).toBeHidden();
    await page.keyboard.press('t');
    await expect(hud).toBeVisible();
    // The pace is the slide's: Container Demo's countdown slide follows 2 minutes of its slides, from 10:26.
    await expect(hud.locator('dd')).toHaveText([
      '10:10 · class ends 15:00',
      'Install Docker · 14:00 left',
      'Container Demo · 16 min ahead',
    ]);
    await picture(page, info, 'hud');
    await page.keyboard.press('t');
    await expect(hud).toBeHidden();
  });

  test('reveal’s help lists the agenda keys', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help-content');
    for (const text of [
      'Agenda: block on screen 5 minutes longer',
      'Agenda: block on screen 5 minutes shorter',
      'Agenda: pause for questions / resume',
      'Agenda: show / hide the timing overlay',
    ]) {
      await expect(help).toContainText(text);
    }
  });

  test('the speaker view has an agenda panel, and its keys change the day on the projector', async ({ page }, info) => {
    await freezeAt(page, '10:10');
    await openDeck(page, '?now=10:10');
    await show(page, 'section[data-block="container-demo"][data-countdown-slide]');
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const problems: string[] = [];
    speaker.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    await speaker.setViewportSize({ width: 1280, height: 720 });
    const row = speaker.locator('.deck-speaker-panel section[data-panel="time"] .speaker-time-cell');
    await expect(row).toHaveText(
      [
        // The label carries the class date ("Clock · Wed 10 Sept"): the day the deck runs, today here.
        /^Clock · \w{3} \d{1,2} \w{3,4}10:10class ends 15:00$/,
        'Time left14:00Install Docker · until 10:24',
        /^This slide · Container Demo0:00 of 8:00lecture 16 min ahead$/,
      ],
      { timeout: 15_000 },
    );
    const panel = speaker.locator('.deck-speaker-panel section[data-panel="agenda"]');
    await expect(speaker.locator('#speaker-controls > .deck-speaker-panel + .speaker-controls-notes')).toHaveCount(1);

    await speaker.keyboard.press('Equal');
    await expect(countdownOf(page, 'container-demo').locator('.countdown-label')).toHaveText('in 14:00 · ends 10:39');
    await expect(panel.locator('.agenda-speaker-message')).toHaveText('Container Demo +5 min · Container Fun now 10:59–14:00');
    // The change is the lecturer's business: the projector shows the new times, not a toast about them.
    await expect(page.locator('.agenda-toast')).toBeHidden();
    await speaker.waitForTimeout(500);
    await speaker.screenshot({ path: info.outputPath('speaker-view.png') });
    expect(problems).toEqual([]);
  });
});

test.describe('a simulated day', () => {
  const DAY_PLAN = [
    { clock: '09:00', now: 'Virtual Machines vs Docker · 54:00 left', block: 'lecture', countdown: undefined, pace: 'on plan' },
    { clock: '10:30', now: 'Container Demo · 4:00 left', block: 'container-demo', countdown: '4:00', pace: 'on plan' },
    { clock: '12:00', now: 'Container Fun · 2:00:00 left', block: 'container-fun', countdown: '2:00:00', pace: 'on plan' },
    // The pace is the slide's: Project Planning's countdown slide is planned from 14:12, after its talk.
    { clock: '14:10', now: 'Project Planning · 5:00 left', block: 'planning-lecture', countdown: '5:00', pace: '2 min ahead' },
    { clock: '14:50', now: 'Project Planning Time · 10:00 left', block: 'planning-time', countdown: '10:00', pace: 'on plan' },
  ] as const;

  for (const moment of DAY_PLAN) {
    test(`at ${moment.clock} the deck says ${moment.now}`, async ({ page }) => {
      await freezeAt(page, moment.clock);
      await openDeck(page, `?now=${moment.clock}`, '#/1');
      await expect(page.locator('.tl-bar.is-now')).toHaveAttribute('data-group', moment.block);
      await page.keyboard.press('t');
      await expect(page.locator('.agenda-hud dd').nth(1)).toHaveText(moment.now);
      if (moment.countdown === undefined) return;
      await show(page, `section[data-block="${moment.block}"][data-countdown-slide]`);
      await expect(countdownOf(page, moment.block).locator('.countdown-main')).toHaveText(moment.countdown);
      await expect(page.locator('.agenda-hud dd').nth(2)).toHaveText(new RegExp(`· ${moment.pace}$`));
    });
  }
});
