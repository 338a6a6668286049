import type { Page, PlaywrightTestArgs, TestInfo } from '@playwright/test';
import { agendaStateKey } from '../../src/core/day/agenda-state';
import { formatPace } from '../../src/core/day/format';
import { printedSpan } from '../../src/core/day/countdown-text';
import { ITEM_KIND_TABLE } from '../../src/model/kinds';
import { formatClock, formatDurationMs, formatSpan } from '../../src/model/time.ts';
import { pageDeck, plannedDay, wholeMinute } from './day-plan';
import type { ClassTimes } from '../../src/core/agenda';
import { deckReady, expect, openDeck, test as deckTest } from './fixtures';

/**
 * The agenda in the built deck. Every clock time, length and title these tests expect comes from the day the
 * deck plans (./day-plan: the same slide files through the same pure functions), never from today's lecture:
 * a lecturer can change a slide's minutes and the tests still hold (agenda-edited.spec.ts proves it).
 * `?now=` starts the deck's clock at a time; freezing the browser's clock as well makes every countdown read an
 * exact value, and moving the frozen clock moves the deck's, so one page load serves several moments.
 */
const DAY = '2025-09-10';

async function freezeAt(page: Page, minutes: number): Promise<void> {
  await page.clock.setFixedTime(new Date(`${DAY}T${formatClock(minutes)}:00`));
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

const countdownSlide = (block: string) => `section[data-block="${block}"][data-countdown-slide]`;

/** 1280x720 pictures of the states, kept with the test results for a person to look at. */
async function picture(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
}

/** "24:00" for minutes of a clock. */
const left = (minutes: number): string => formatDurationMs(minutes * 60_000);
const clock = (minutes: number): string => formatClock(minutes);

/** What the agenda tests expect of the deck built from `slides`: its day, blocks and clock times, from its plan. */
function expectations(slides: string) {
  const deck = pageDeck(slides);
  const DEFAULT = plannedDay('', deck);
  const PRACTICE = DEFAULT.practice;
  const FLEXIBLE = DEFAULT.flexible;
  const flexible = DEFAULT.span(FLEXIBLE);
  const afterPractice = DEFAULT.after(PRACTICE);
  if (!afterPractice || !('blockId' in afterPractice)) throw new Error(`${PRACTICE} is not followed by a block`);
  /** A break of an hour inside the flexible block, on whole minutes. */
  const breakStart = wholeMinute(flexible.start) + 60;
  return {
    /** The plan for the page opened with `query`. */
    day: (query: string) => plannedDay(query, deck),
    DEFAULT,
    /** The class file's practice block (the first of fixed length with a countdown), the block after it, the flexible block. */
    PRACTICE,
    FLEXIBLE,
    NEXT: afterPractice.blockId,
    practice: DEFAULT.span(PRACTICE),
    flexible,
    afterPractice,
    classDay: deck.classDay,
    breakStart,
    BREAK: `${clock(breakStart)}-${clock(breakStart + 60)}`,
    INSTALL: countdownSlide(PRACTICE),
    /** The toast of a change of `minutes` to `title`: the flexible block gives or takes them. */
    reflowed: (title: string, delta: string, minutes: number): string =>
      `${title} ${delta} · ${flexible.title} now ${formatSpan(flexible.start + minutes, flexible.end)}`,
  };
}

export type Expectations = ReturnType<typeof expectations>;

/** The agenda tests' own `test`: `slides` is the folder the deck under test was built from. */
export const test = deckTest.extend<{ expected: Expectations }, { slides: string }>({
  slides: ['slides', { option: true, scope: 'worker' }],
  expected: async ({ slides }, use) => {
    await use(expectations(slides));
  },
});

/**
 * Declares the agenda tests on `it`; `clockOnly` keeps those whose expectations depend on the lecture's content
 * (the clock times), for a second deck built from edited slides.
 */
export function agendaTests(it: typeof test, { clockOnly = false } = {}): void {
  const whole = (title: string, body: (args: PlaywrightTestArgs & { expected: Expectations }, info: TestInfo) => Promise<void>): void => {
    if (!clockOnly) it(title, body);
  };
  it.describe('timing on the slides', () => {
    whole('the slides’ data-timing adds up to the class, break slides included', async ({ page }) => {
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

    whole('?totalTime= cannot override the agenda’s pacing: reveal keeps the day’s length, the banner says why', async ({ page }) => {
      await openDeck(page, '?start=08:30&end=16:00&totalTime=60');
      expect(await page.evaluate(() => window.Reveal.getConfig().totalTime)).toBe(7.5 * 3600);
      await expect(page.locator('.agenda-banner')).toContainText('totalTime= is ignored: the class agenda sets reveal');
    });

    whole(
      'the lecturer’s notices never cover each other: banner, rehearsal badge, HUD and toast each keep their own room',
      async ({ page }) => {
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
      },
    );

    it('the agenda slide draws the day with its block boundaries and marks the current block', async ({ page, expected: x }, info) => {
      const query = '?start=08:30&end=16:00&break=none';
      const day = x.day(query);
      const blocks = day.plan.schedule.blocks;
      const current = day.span(x.NEXT);
      const now = wholeMinute(current.start);
      await freezeAt(page, now);
      await openDeck(page, `${query}&now=${clock(now)}`, '#/1');
      const bars = await page
        .locator('.agenda-timeline .tl-bar')
        .evaluateAll((rects) =>
          rects.map((r) => `${r.getAttribute('data-start')}–${r.getAttribute('data-end')} ${r.getAttribute('data-group')}`),
        );
      expect(bars).toEqual(blocks.map((b) => `${formatSpan(b.start, b.end)} ${b.id}`));
      const labels = await page.locator('.agenda-timeline .tl-label').allTextContents();
      // Each label says its block's kind in words, beside the time: the bar's colour is not the only sign of it.
      expect(labels).toEqual(blocks.map((b) => `${clock(b.start)} · ${ITEM_KIND_TABLE[b.kind].label.toLowerCase()}${b.title}`));
      await expect(page.locator('.agenda-timeline .tl-bar.is-now')).toHaveAttribute('data-group', x.NEXT);
      await expect(page.locator('.agenda-timeline .tl-now text')).toHaveText(`now ${clock(now)}`);
      // Its text equivalent: a table of the same items, with headers, the current one marked for a screen reader.
      const table = page.getByRole('table', { name: `Today's agenda, ${formatSpan(day.plan.schedule.start, day.plan.schedule.end)}` });
      const items = day.plan.schedule.items;
      await expect(table.getByRole('columnheader')).toHaveText(['Time', 'Block', 'Kind', 'Length']);
      await expect(table.getByRole('rowheader')).toHaveText(items.map((i) => i.title));
      await expect(table.locator('tbody tr td:first-child')).toHaveText(items.map((i) => formatSpan(i.start, i.end)));
      await expect(table.locator('tr[aria-current="time"] th')).toHaveText([current.title]);

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

  it.describe('countdown slides', () => {
    it('a practice’s countdown says when it starts, counts down big enough for the back of the room, turns amber with the minutes in words 5 minutes before the end, then says time’s up in red and by how much', async ({
      page,
      expected: x,
    }, info) => {
      // One page load; moving the frozen clock moves the deck's.
      const before = wholeMinute(x.practice.start) - 24;
      await freezeAt(page, before);
      await openDeck(page, `?now=${clock(before)}`);
      await show(page, x.INSTALL);
      const countdown = countdownOf(page, x.PRACTICE);
      await expect(countdown.locator('.countdown-main')).toHaveText(`starts at ${clock(x.practice.start)}`);

      const running = wholeMinute(x.practice.start) + 6;
      expect(x.practice.end - running, 'the x.practice lasts long enough to count down before its last 5 minutes').toBeGreaterThan(5);
      await freezeAt(page, running);
      await expect(countdown).toHaveAttribute('data-phase', 'running');
      await expect(countdown.locator('.countdown-main')).toHaveText(left(x.practice.end - running));
      await expect(countdown.locator('.countdown-label')).toHaveText(`left · ends ${clock(x.practice.end)}`);
      await expect(countdown.locator('.countdown-next')).toHaveText(`Next: ${x.afterPractice.title} at ${clock(x.afterPractice.start)}`);
      await expect(countdown.locator('.countdown-instructions')).toHaveText(/\w{3,}/); // the slide file's own words, whatever the lecture says today
      // The font size on screen: the CSS size times reveal's scale of the slide.
      const digits = await countdown
        .locator('.countdown-main')
        .evaluate((el: HTMLElement) => (parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().height) / el.offsetHeight);
      expect(digits).toBeGreaterThanOrEqual(120);
      await picture(page, info, 'countdown-normal');

      const warn = wholeMinute(x.practice.end) - 5;
      await freezeAt(page, warn);
      await expect(countdown).toHaveAttribute('data-phase', 'warn');
      await expect(countdown.locator('.countdown-main')).toHaveText(left(x.practice.end - warn));
      await expect(countdown.locator('.countdown-label')).toHaveText(
        `${Math.ceil(x.practice.end - warn)} min left · ends ${clock(x.practice.end)}`,
      );
      await picture(page, info, 'countdown-5-min');

      const over = wholeMinute(x.practice.end) + 7;
      await freezeAt(page, over);
      await expect(countdown).toHaveAttribute('data-phase', 'over');
      await expect(countdown.locator('.countdown-main')).toHaveText("Time's up");
      await expect(countdown.locator('.countdown-label')).toHaveText(
        `over by ${left(over - x.practice.end)} · ended ${clock(x.practice.end)}`,
      );
      await picture(page, info, 'countdown-over');
    });

    it('a break slide counts down to when class resumes; the block it interrupts counts to the break', async ({ page, expected: x }) => {
      const day = x.day(`?break=${x.BREAK}`);
      const now = x.breakStart - 2;
      await freezeAt(page, now);
      await openDeck(page, `?break=${x.BREAK}&now=${clock(now)}`);
      await show(page, countdownSlide(x.FLEXIBLE));
      const fun = countdownOf(page, x.FLEXIBLE);
      await expect(fun.locator('.countdown-main')).toHaveText(left(2));
      await expect(fun.locator('.countdown-label')).toHaveText(`2 min left · break at ${clock(x.breakStart)}`);
      await expect(fun.locator('.countdown-end')).toHaveText(`${x.flexible.title} ends ${clock(day.span(x.FLEXIBLE).end)}`);
      await show(page, 'section[data-block="break"]');
      const pause = countdownOf(page, 'break');
      await expect(pause).toHaveAttribute('data-phase', 'before');
      await expect(pause.locator('.countdown-main')).toHaveText(`starts at ${clock(x.breakStart)}`);
    });

    it('print view shows each block’s clock times and length instead of a count', async ({ page, expected: x }) => {
      await openDeck(page, '?print-pdf');
      await page.locator('.pdf-page').first().waitFor();
      const install = page.locator(`${x.INSTALL} .countdown`);
      await expect(install).toHaveAttribute('data-phase', 'print');
      await expect(install.locator('.countdown-main')).toHaveText(printedSpan(x.practice.start, x.practice.end, x.practice.minutes));
      await expect(install.locator('.countdown-instructions')).toHaveText(/\w{3,}/); // the slide file's own words, whatever the lecture says today
      // A break inside the block prints its countdown slide twice, before and after it, with the same span.
      await expect(page.locator(`${countdownSlide(x.FLEXIBLE)} .countdown-main`).first()).toHaveText(
        printedSpan(x.flexible.start, x.flexible.end, x.flexible.minutes),
      );
      await expect(page.locator('.agenda-timeline .tl-bar')).toHaveCount(x.DEFAULT.plan.schedule.items.length);
      await expect(page.locator('.agenda-timeline .tl-now text')).toHaveCount(0);
    });
  });

  it.describe('warnings', () => {
    /** The query and the warning it brings, for the class file's day. */
    const cases = {
      'a start that is no clock time': ({ start }: ClassTimes) => [
        '?start=25:99',
        `start=25:99 is not a clock time (HH:MM); using ${clock(start)}`,
      ],
      'an end before the start': ({ start, end }: ClassTimes) => [
        `?end=${clock(start - 60)}&start=${clock(start)}`,
        `end=${clock(start - 60)} is not after start=${clock(start)}; using ${formatSpan(start, end)}`,
      ],
    } as const;
    for (const [what, warned] of Object.entries(cases)) {
      whole(`${what} shows a warning and the deck runs the class file’s day`, async ({ page, expected: x }, info) => {
        const [query = '', warning = ''] = warned(x.classDay);
        await openDeck(page, query, '#/1');
        const banner = page.getByRole('alert');
        await expect(banner).toContainText(warning);
        await expect(page.locator('.tl-bar').first()).toHaveAttribute('data-start', clock(x.classDay.start));
        await expect(page.locator('.tl-bar').last()).toHaveAttribute('data-end', clock(x.classDay.end));
        await picture(page, info, `banner-${query.replace(/\W+/g, '-')}`);
        await banner.getByRole('button', { name: 'Dismiss' }).click();
        await expect(banner).toHaveCount(0);
      });
    }

    whole('25 breaks: the deck starts, keeps 12 of them and says so', async ({ page }) => {
      const breaks = Array.from({ length: 25 }, (_, i) => `&break=${clock(500 + i * 25)}-${clock(505 + i * 25)}`).join('');
      // Before the label placement was made linear, this never reached ready (the main thread blocked for minutes).
      await openDeck(page, `?start=08:00&end=20:00${breaks}`, '#/1');
      await expect(page.getByRole('alert')).toContainText('25 breaks given; a day can have at most 12: the first 12 are used');
      await expect(page.locator('.agenda-timeline .tl-bar[data-group^="break"]')).toHaveCount(12);
    });

    whole('a long bad value is cut short and the Dismiss button stays on the screen', async ({ page }) => {
      await openDeck(page, `?start=${'9'.repeat(400)}&START=08:00`, '#/1');
      const banner = page.getByRole('alert');
      await expect(banner).toContainText(`start=${'9'.repeat(24)}… is not a clock time`);
      await expect(banner).toContainText('START= is ignored: parameter names are lower case (start=)');
      const button = await banner.getByRole('button', { name: 'Dismiss' }).boundingBox();
      expect(button && button.x + button.width).toBeLessThanOrEqual(1280);
      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await expect(banner).toHaveCount(0);
    });

    it('corrupt storage loses only the adjustments', async ({ page, expected: x }) => {
      const now = wholeMinute(x.practice.start) + 6;
      await freezeAt(page, now);
      await page.addInitScript(
        (key) => {
          localStorage.setItem(key, '{"adjustments": {');
        },
        agendaStateKey(new Date(`${DAY}T12:00:00`), 'rehearsal'),
      );
      await openDeck(page, `?now=${clock(now)}`);
      await expect(page.getByRole('alert')).toContainText("today's agenda changes are lost");
      await show(page, x.INSTALL);
      await page.keyboard.press('Equal');
      await expect(countdownOf(page, x.PRACTICE).locator('.countdown-label')).toHaveText(`left · ends ${clock(x.practice.end + 5)}`);
    });
  });

  it.describe('changing the day', () => {
    it('+ and - extend and shorten the block on screen, re-flow the day and survive a reload', async ({ page, expected: x }) => {
      // A day without breaks: a break the practice runs into would change what its countdown says ("break at").
      const y = x.day('?break=none');
      const practice = y.span(x.PRACTICE);
      const flexible = y.span(x.FLEXIBLE);
      const afterPractice = y.after(x.PRACTICE);
      if (!afterPractice || !('blockId' in afterPractice)) throw new Error(`${x.PRACTICE} is not followed by a block`);
      const reflowed = (delta: string, minutes: number): string =>
        `${practice.title} ${delta} · ${flexible.title} now ${formatSpan(flexible.start + minutes, flexible.end)}`;
      const now = wholeMinute(practice.start) + 6;
      await freezeAt(page, now);
      await openDeck(page, `?break=none&now=${clock(now)}`);
      await show(page, x.INSTALL);
      const countdown = countdownOf(page, x.PRACTICE);
      const toast = page.locator('.agenda-toast[role="status"]');
      const timings = () =>
        page.evaluate(
          ([practiceId, flexibleId]) => {
            const timed = [...document.querySelectorAll<HTMLElement>('section[data-timing]')];
            const of = (block: string) =>
              timed.filter((el) => el.dataset.block === block).reduce((s, el) => s + Number(el.dataset.timing), 0);
            return { sum: timed.reduce((s, el) => s + Number(el.dataset.timing), 0), practice: of(practiceId), flexible: of(flexibleId) };
          },
          [x.PRACTICE, x.FLEXIBLE] as const,
        );
      const before = await timings();

      await page.keyboard.press('Equal');
      await expect(toast).toHaveText(reflowed('+5 min', 5));
      await expect(countdown.locator('.countdown-label')).toHaveText(`left · ends ${clock(practice.end + 5)}`);
      await expect(countdown.locator('.countdown-next')).toHaveText(`Next: ${afterPractice.title} at ${clock(afterPractice.start + 5)}`);
      await page.keyboard.press('Shift+Equal');
      await expect(countdown.locator('.countdown-label')).toHaveText(`left · ends ${clock(practice.end + 10)}`);
      const after = await timings();
      expect(after.sum).toBe(before.sum);
      expect(after.practice - before.practice).toBe(600);
      expect(before.flexible - after.flexible).toBe(600);
      await expect(page.locator(`.tl-bar[data-group="${x.NEXT}"]`)).toHaveAttribute('data-start', clock(afterPractice.start + 10));

      // reveal writes the slide into the URL after a debounce: the reload must come back to this slide.
      await page.waitForURL((url) => url.hash.length > 2);
      await page.reload();
      await deckReady(page);
      await expect(countdown.locator('.countdown-label')).toHaveText(`left · ends ${clock(practice.end + 10)}`);
      await page.keyboard.press('Minus');
      await expect(toast).toHaveText(reflowed('-5 min', 5));
      await page.keyboard.press('Shift+Minus');
      await expect(countdown.locator('.countdown-label')).toHaveText(`left · ends ${clock(practice.end)}`);
      expect(await timings()).toEqual(before);
    });

    it('a change the day cannot hold is refused with the reason', async ({ page, expected: x }) => {
      const day = x.day(`?break=${x.BREAK}`);
      const now = x.breakStart - 60;
      await freezeAt(page, now);
      await openDeck(page, `?now=${clock(now)}&break=${x.BREAK}`);
      await show(page, countdownSlide(x.FLEXIBLE));
      await page.keyboard.press('Equal');
      const toast = page.locator('.agenda-toast[role="status"]');
      await expect(toast).toContainText(`Cannot extend ${x.flexible.title} by 5 min`);
      await expect(toast).toHaveClass(/is-refused/);
      await expect(countdownOf(page, x.FLEXIBLE).locator('.countdown-end')).toHaveText(
        `${x.flexible.title} ends ${clock(day.span(x.FLEXIBLE).end)}`,
      );
      await show(page, 'section[data-block="break"]');
      await page.keyboard.press('Minus');
      await expect(toast).toHaveText('A break keeps its clock times: move to a block to change the agenda');
    });

    it('Q pauses for questions and resuming extends the block by the pause', async ({ page, expected: x }) => {
      await page.clock.install({ time: new Date(`${DAY}T${clock(wholeMinute(x.practice.start) + 6)}:00`) });
      await openDeck(page);
      await show(page, x.INSTALL);
      const countdown = countdownOf(page, x.PRACTICE);
      await page.keyboard.press('q');
      await expect(page.locator('.agenda-toast[role="status"]')).toHaveText(`Paused ${x.practice.title} for questions · Q resumes`);
      await expect(countdown).toHaveAttribute('data-phase', 'paused');
      const frozen = await countdown.locator('.countdown-main').textContent();
      await page.clock.fastForward('03:00');
      await expect(countdown.locator('.countdown-main')).toHaveText(frozen ?? '');
      await page.keyboard.press('t');
      await expect(page.locator('.agenda-hud')).toContainText(new RegExp(`Paused\\s*${x.practice.title} for 3 min 0\\d s · Q resumes`));

      await page.keyboard.press('q');
      await expect(page.locator('.agenda-toast[role="status"]')).toHaveText(
        new RegExp(
          `^Resumed ${x.practice.title} · ${x.practice.title} \\+3 min( \\d+ s)? · ${x.flexible.title} now ${formatSpan(x.flexible.start + 3, x.flexible.end)}$`,
        ),
      );
      await expect(countdown).toHaveAttribute('data-phase', 'running');
      await expect(countdown.locator('.countdown-label')).toHaveText(`left · ends ${clock(x.practice.end + 3)}`);
    });

    it('with reduced motion the timeline jumps to the new day', async ({ page, expected: x }) => {
      const [first] = x.DEFAULT.plan.schedule.blocks;
      if (!first) throw new Error('the day has no block');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openDeck(page, '', '#/1');
      await page.keyboard.press('Equal');
      await expect(page.locator('.agenda-toast[role="status"]')).toHaveText(x.reflowed(first.title, '+5 min', 5));
      const second = x.DEFAULT.plan.schedule.blocks[1];
      if (!second) throw new Error('the day has one block');
      const left = await page.locator(`.tl-bar[data-group="${second.id}"]`).getAttribute('x');
      expect(Number(left)).toBeCloseTo(((second.start + 5 - x.classDay.start) / (x.classDay.end - x.classDay.start)) * 1200, 3);
    });
  });

  it.describe('the lecturer’s view', () => {
    /** On the next block's countdown slide, while the practice runs: the deck is ahead of its plan. */
    const moment = (x: Expectations) => {
      const now = wholeMinute(x.practice.end) - 14;
      const window = x.DEFAULT.countdownWindow(x.NEXT);
      return { now, window, pace: formatPace(window.start - now) };
    };

    it('T toggles a HUD with the block by the clock, its time left, the pace and the class end', async ({ page, expected: x }, info) => {
      const { now, pace } = moment(x);
      await freezeAt(page, now);
      await openDeck(page, `?now=${clock(now)}`);
      await show(page, countdownSlide(x.NEXT));
      const hud = page.locator('.agenda-hud');
      await expect(hud).toBeHidden();
      await page.keyboard.press('t');
      await expect(hud).toBeVisible();
      // The pace is the slide's: the countdown slide is planned from the minute the block's talk before it ends.
      await expect(hud.locator('dd')).toHaveText([
        `${clock(now)} · class ends ${clock(x.classDay.end)}`,
        `${x.practice.title} · ${left(x.practice.end - now)} left`,
        `${x.afterPractice.title} · ${pace}`,
      ]);
      await picture(page, info, 'hud');
      await page.keyboard.press('t');
      await expect(hud).toBeHidden();
    });

    whole('reveal’s help lists the agenda keys', async ({ page }) => {
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

    it('the speaker view has an agenda panel, and its keys change the day on the projector', async ({ page, expected: x }, info) => {
      const { now, window, pace } = moment(x);
      await freezeAt(page, now);
      await openDeck(page, `?now=${clock(now)}`);
      await show(page, countdownSlide(x.NEXT));
      const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      const problems: string[] = [];
      speaker.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
      });
      await speaker.setViewportSize({ width: 1280, height: 720 });
      const row = speaker.locator('.deck-speaker-panel section[data-panel="time"] .speaker-time-cell');
      await expect(row).toHaveText(
        [
          // A rehearsal clock says so, with the class date ("Rehearsal clock · Wed 10 Sept"): today here.
          new RegExp(`^Rehearsal clock · \\w{3} \\d{1,2} \\w{3,4}${clock(now)}class ends ${clock(x.classDay.end)}$`),
          `Time left${left(x.practice.end - now)}${x.practice.title} · until ${clock(x.practice.end)}`,
          `This slide · ${x.afterPractice.title}${formatDurationMs(0)} of ${formatDurationMs(window.seconds * 1000)}lecture ${pace}`,
        ],
        { timeout: 15_000 },
      );
      const panel = speaker.locator('.deck-speaker-panel section[data-panel="agenda"]');
      await expect(speaker.locator('#speaker-controls > .deck-speaker-panel + .speaker-controls-notes')).toHaveCount(1);

      await speaker.keyboard.press('Equal');
      await expect(countdownOf(page, x.NEXT).locator('.countdown-label')).toHaveText(
        // The plan with 5 minutes more, as the page re-plans it (a break inside the block moves its end further).
        `in ${left(x.afterPractice.start - now)} · ends ${clock(plannedDay('', x.DEFAULT.deck, { [x.NEXT]: 5 }).span(x.NEXT).end)}`,
      );
      await expect(panel.locator('.agenda-speaker-message')).toHaveText(x.reflowed(x.afterPractice.title, '+5 min', 5));
      // The change is the lecturer's business: the projector shows the new times, not a toast about them.
      await expect(page.locator('.agenda-toast')).toBeHidden();
      await speaker.waitForTimeout(500);
      await speaker.screenshot({ path: info.outputPath('speaker-view.png') });
      expect(problems).toEqual([]);
    });
  });

  it('a simulated day: at a moment in every block the timeline, the HUD and the block’s countdown say that block, its time left and the pace', async ({
    page,
    expected: x,
  }) => {
    const day = x.day('?break=none');
    const [first] = day.plan.schedule.blocks;
    if (!first) throw new Error('the day has no block');
    // One page load: the deck's clock follows the browser's frozen clock from one moment to the next.
    await freezeAt(page, wholeMinute(first.start));
    await openDeck(page, `?break=none&now=${clock(wholeMinute(first.start))}`, '#/1');
    await page.keyboard.press('t');
    for (const block of day.plan.schedule.blocks) {
      // A third of the way in: inside the block and, for a x.practice, inside its countdown slide's window.
      const at = wholeMinute(block.start + (block.end - block.start) / 3);
      await freezeAt(page, at);
      await expect(page.locator('.tl-bar.is-now'), clock(at)).toHaveAttribute('data-group', block.id);
      await expect(page.locator('.agenda-hud dd').nth(1)).toHaveText(`${block.title} · ${left(block.end - at)} left`);
      const slide = page.locator(countdownSlide(block.id));
      if ((await slide.count()) === 0) continue;
      await show(page, countdownSlide(block.id));
      await expect(countdownOf(page, block.id).locator('.countdown-main')).toHaveText(left(block.end - at));
      const window = day.countdownWindow(block.id);
      const ahead = at < window.start ? window.start - at : at > window.end ? window.end - at : 0;
      await expect(page.locator('.agenda-hud dd').nth(2)).toHaveText(new RegExp(`· ${formatPace(ahead)}$`));
      await show(page, '.reveal .slides > section:nth-child(2)');
    }
  });
}
