import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { startClassServer, type ClassServer } from './class-server';

/**
 * The live class on a real class server process (scripts/class.mjs on 127.0.0.1) and the built deck: a lecturer
 * and students in separate browser contexts. The scene slide is found in the built deck, not named here.
 */

test.describe.configure({ mode: 'serial' });

let server: ClassServer;
const contexts: BrowserContext[] = [];
/** Console errors and page errors of every page: each test ends with none. */
const problems: string[] = [];
/** True while a test has the class server stopped: a request in flight then is reset, not only refused. */
let serverDown = false;

function watch(page: Page): Page {
  page.on('console', (msg) => {
    // A WebSocket refused while the server is stopped is what that test is about.
    const expected = serverDown ? /WebSocket connection|ERR_CONNECTION_(REFUSED|RESET)/ : /WebSocket connection|ERR_CONNECTION_REFUSED/;
    if (msg.type() === 'error' && !expected.test(msg.text())) problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return page;
}

async function newPage(browser: Browser, viewport: { width: number; height: number }, watched = true): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  return watched ? watch(page) : page;
}

/** h/v of the first slide of the built deck whose scene has at least 3 steps, and how many. */
async function sceneSlide(deck: Page): Promise<{ h: number; v: number; steps: number }> {
  return deck.evaluate(() => {
    for (const slide of window.Reveal.getSlides()) {
      const fragments = new Set(
        [...slide.querySelectorAll('.fragment[data-fragment-index]')].map((f) => f.getAttribute('data-fragment-index')),
      );
      if (slide.querySelector('.scene[data-scene]') && fragments.size >= 3) {
        const { h, v } = window.Reveal.getIndices(slide);
        return { h, v: v ?? 0, steps: fragments.size };
      }
    }
    throw new Error('the built deck has no scene with 3 steps');
  });
}

async function openStudent(page: Page): Promise<void> {
  await page.goto(`${server.origin}/student.html`);
  await page.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
  await expect(page.locator('.live-bar [role="status"]')).toHaveText(/Live: following/);
}

/** The step the student's page shows for the lecturer's slide (the one marked data-live). */
const liveStep = (page: Page) => page.locator('.page[data-live] .scene[data-scene]');

async function stats(page: Page): Promise<{ dropped: Record<string, number> }> {
  const response = await page.request.get(`${server.origin}/class/info`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { dropped: Record<string, number> };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

let lecturer: Page;
let phone: Page;
let laptop: Page;
let scene: { h: number; v: number; steps: number };

test.beforeAll(async ({ browser }) => {
  server = await startClassServer();
  lecturer = await newPage(browser, { width: 1280, height: 720 });
  await lecturer.goto(server.lecturerLink);
  await lecturer.waitForFunction(() => window.Reveal.isReady() && document.documentElement.dataset.deckReady !== undefined);
  scene = await sceneSlide(lecturer);
  phone = await newPage(browser, { width: 390, height: 844 });
  laptop = await newPage(browser, { width: 1280, height: 800 });
  for (const student of [phone, laptop]) await openStudent(student);
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await server.stop();
});

test.afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

test('the lecturer link signs in with a cookie and leaves the address bar without the token', async () => {
  expect(lecturer.url()).not.toContain('token');
  const cookies = await lecturer.context().cookies();
  expect(cookies.find((c) => c.name === 'class-lecturer')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
});

/** What a phone's camera would read in a QR code on screen: the screenshot's pixels through a QR decoder. */
async function readQr(page: Page, code: Locator): Promise<string | undefined> {
  const png = (await code.screenshot()).toString('base64');
  const image = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    g.drawImage(img, 0, 0);
    return { width: img.width, height: img.height, data: [...g.getImageData(0, 0, img.width, img.height).data] };
  }, png);
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data;
}

test("the first slide shows the students' link the server reports, in words and a QR code that reads back, clear of the slide's text", async () => {
  const { studentLink } = (await (await lecturer.request.get(`${server.origin}/class/info`)).json()) as { studentLink: string };
  expect(new URL(studentLink).pathname).toBe('/student.html');
  await lecturer.evaluate(() => {
    window.Reveal.slide(0, 0);
  });
  const card = lecturer.locator('.reveal .slides > .class-join');
  await expect(card).toBeVisible();
  await expect(card.locator('.class-join-link')).toHaveText(studentLink);
  expect(await readQr(lecturer, card.locator('svg'))).toBe(studentLink);
  // Clear of the first slide's own words (the boxes of the text itself: a paragraph's box spans the slide).
  const cardBox = await card.boundingBox();
  const blocks = await lecturer.evaluate(() =>
    [...(window.Reveal.getSlide(0)?.children ?? [])]
      .filter((child) => !child.matches('aside.notes'))
      .flatMap((child) => {
        const range = document.createRange();
        range.selectNodeContents(child);
        return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height, text: child.textContent }));
      }),
  );
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(cardBox && overlaps(cardBox, block), `the join card covers "${block.text}"`).toBe(false);
  expect(cardBox && cardBox.x + cardBox.width <= 1280 && cardBox.y + cardBox.height <= 720).toBe(true);
  // Only there: the next slide has the room's whole attention.
  await lecturer.evaluate(() => {
    window.Reveal.slide(1, 0);
  });
  await expect(card).toBeHidden();
});

test('a lecturer and two students follow: each student lands on the slide and draws the scene at its step', async () => {
  for (const step of [1, 2, 0]) {
    await lecturer.evaluate(
      ({ h, v, f }) => {
        window.Reveal.slide(h, v, f);
      },
      { ...scene, f: step },
    );
    for (const student of [phone, laptop]) {
      await expect(liveStep(student)).toHaveAttribute('data-step', String(step));
      await expect(student.locator('.page[data-live]')).toBeInViewport();
    }
  }
});

test('a late joiner lands on step k of the scene', async ({ browser }) => {
  const k = scene.steps - 2;
  await lecturer.evaluate(
    ({ h, v, f }) => {
      window.Reveal.slide(h, v, f);
    },
    { ...scene, f: k },
  );
  await expect(liveStep(phone)).toHaveAttribute('data-step', String(k));
  const late = await newPage(browser, { width: 390, height: 844 });
  await openStudent(late);
  await expect(liveStep(late)).toHaveAttribute('data-step', String(k));
  await expect(late.locator('.page[data-live]')).toBeInViewport();
});

test('own navigation switches to Browse; "Back to live" follows again', async () => {
  const student = laptop;
  await student.mouse.wheel(0, 2000);
  const back = student.getByRole('button', { name: 'Back to live' });
  await expect(back).toBeVisible();
  await expect(student.locator('.live-bar [role="status"]')).toHaveText(/browsing/);
  await lecturer.evaluate(({ h, v }) => {
    window.Reveal.slide(h, v, 0);
  }, scene);
  await expect(liveStep(phone)).toHaveAttribute('data-step', '0');
  // Browsing: the lecturer's move did not redraw this student's picture.
  await expect(liveStep(student)).not.toHaveAttribute('data-step', '0');
  await back.click();
  await expect(liveStep(student)).toHaveAttribute('data-step', '0');
  await expect(back).toBeHidden();
});

test("a student's forged 'go to slide' and a wrong or missing token change nothing, and are counted", async ({ browser }) => {
  await lecturer.evaluate(({ h, v }) => {
    window.Reveal.slide(h, v, 1);
  }, scene);
  const watcher = phone;
  await expect(liveStep(watcher)).toHaveAttribute('data-step', '1');
  const before = await stats(lecturer);
  // A student's own socket sends the lecturer's message.
  await laptop.evaluate(
    async (url) => {
      const ws = new WebSocket(url);
      await new Promise((resolve) => {
        ws.addEventListener('open', resolve);
      });
      ws.send(JSON.stringify({ kind: 'go', position: { h: 0, v: 0, f: -1 } }));
      ws.send('{"kind":"go"');
      await new Promise((resolve) => setTimeout(resolve, 100));
      ws.close();
    },
    `${server.origin.replace('http', 'ws')}/live`,
  );
  // A wrong token gets no cookie, and a forged cookie is a student's.
  // Unwatched: the refusal is a 403 in its console, by design.
  const wrong = await newPage(browser, { width: 800, height: 600 }, false);
  const refused = await wrong.goto(`${server.origin}/?token=not-the-token`);
  expect(refused?.status()).toBe(403);
  expect(await wrong.context().cookies()).toEqual([]);
  await wrong.context().addCookies([{ name: 'class-lecturer', value: 'forged', url: server.origin }]);
  // The deck (it holds the notes) is the lecturer's: a forged cookie gets the student view.
  await wrong.goto(`${server.origin}/`);
  expect(new URL(wrong.url()).pathname).toBe('/student.html');
  await wrong.evaluate(
    async (url) => {
      const ws = new WebSocket(url);
      await new Promise((resolve) => {
        ws.addEventListener('open', resolve);
      });
      ws.send(JSON.stringify({ kind: 'go', position: { h: 1, v: 0, f: -1 } }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      ws.close();
    },
    `${server.origin.replace('http', 'ws')}/live`,
  );
  await expect.poll(async () => (await stats(lecturer)).dropped.forbidden).toBe((before.dropped.forbidden ?? 0) + 2);
  expect((await stats(lecturer)).dropped.malformed).toBe((before.dropped.malformed ?? 0) + 1);
  // Nothing moved: the students still show the lecturer's step on the lecturer's slide.
  await expect(liveStep(watcher)).toHaveAttribute('data-step', '1');
  const late = await newPage(browser, { width: 390, height: 844 });
  await openStudent(late);
  await expect(liveStep(late)).toHaveAttribute('data-step', '1');
});

test('a dropped connection comes back on the right step without a reload; meanwhile the countdown runs', async () => {
  const student = phone;
  await lecturer.evaluate(({ h, v }) => {
    window.Reveal.slide(h, v, 2);
  }, scene);
  await expect(liveStep(student)).toHaveAttribute('data-step', '2');
  await student.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  serverDown = true;
  await server.stop();
  await expect(student.locator('.live-bar')).toHaveAttribute('data-status', /reconnecting|offline/);
  const countdown = student.locator('.student-now');
  const shown = await countdown.innerText();
  await expect(countdown).not.toHaveText(shown);
  // The lecturer moves on while the server is down; the deck catches the server up when it returns.
  await lecturer.evaluate(({ h, v }) => {
    window.Reveal.slide(h, v, 1);
  }, scene);
  server = await startClassServer({ port: server.port, stateDir: server.stateDir });
  serverDown = false;
  await expect(liveStep(student)).toHaveAttribute('data-step', '1', { timeout: 15_000 });
  await expect(student.locator('.live-bar [role="status"]')).toHaveText(/Live: following/);
  expect(await student.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

/** `?now=` a minute into the first practice block with tasks, read from the student view's own block times. */
async function practiceNow(student: Page): Promise<string> {
  const span = await student.locator('.block[data-kind="practice"]:has(.task) .block-when').first().innerText();
  const start = /(\d{1,2}):(\d{2})/.exec(span);
  if (!start) throw new Error(`no practice time in "${span}"`);
  const minutes = Number(start[1]) * 60 + Number(start[2]) + 1;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Presses S on the lecturer's deck: the speaker view at 1024x768, once its class section is connected. */
async function openSpeaker(deck: Page): Promise<Page> {
  await deck.bringToFront();
  const [speaker] = await Promise.all([deck.context().waitForEvent('page'), deck.keyboard.press('s')]);
  watch(speaker);
  await speaker.setViewportSize({ width: 1024, height: 768 });
  await expect(speaker.locator('[data-panel="live"] .live-status')).toHaveText(/^Live/, { timeout: 15_000 });
  return speaker;
}

/** Counts the lecturer's deck's moves (one per step or slide) from now on. */
async function countMoves(deck: Page): Promise<() => Promise<number>> {
  await deck.evaluate(() => {
    const w = window as unknown as { moves: number };
    w.moves = 0;
    for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden'])
      window.Reveal.on(type, () => {
        w.moves++;
      });
  });
  return () => deck.evaluate(() => (window as unknown as { moves: number }).moves);
}

test('practice marks, questions as text and the paired phone; marks and questions survive a restart', async ({ browser }) => {
  // The students of the earlier tests leave: the counts are out of the two who stay, then of a third.
  for (const context of contexts.splice(0)) {
    if ([lecturer, phone, laptop].some((page) => page.context() === context)) contexts.push(context);
    else await context.close();
  }
  const now = await practiceNow(phone);
  for (const student of [phone, laptop]) {
    await student.goto(`${server.origin}/student.html?now=${now}`);
    await expect(student.locator('.student-tasks .task .live-marks').first()).toBeVisible();
  }
  const done = (student: Page, task: number) => student.locator('.student-tasks .task').nth(task).getByRole('button', { name: 'Done' });
  const stuck = (student: Page, task: number) => student.locator('.student-tasks .task').nth(task).getByRole('button', { name: 'Stuck' });
  await done(phone, 0).click();
  await stuck(phone, 1).click();
  await done(laptop, 0).click();
  await expect(done(phone, 0)).toHaveAttribute('aria-pressed', 'true');
  await expect(done(laptop, 0)).toHaveAttribute('aria-pressed', 'true');

  // The speaker view: per task, done and stuck out of the students connected now.
  const speaker = await openSpeaker(lecturer);
  const speakerCounts = speaker.locator('[data-panel="live"] .live-counts li');
  await expect(speakerCounts).toHaveText(['Task 1: 2/2 done, 0 stuck', 'Task 2: 0/2 done, 1 stuck']);
  await expect(speaker.locator('[data-panel="live"] .live-status')).toHaveText('Live · 2 students connected');

  // The phone pairs with a one-time code (the speaker view's QR code carries it); the code works once.
  const code = ((await (await lecturer.request.get(`${server.origin}/class/pair`)).json()) as { code: string }).code;
  const remoteContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  contexts.push(remoteContext);
  // How often the remote asks for the screen to stay on.
  await remoteContext.addInitScript(() => {
    const w = window as unknown as { wakeLocks: number };
    w.wakeLocks = 0;
    const request = navigator.wakeLock.request.bind(navigator.wakeLock);
    navigator.wakeLock.request = (type) => {
      w.wakeLocks++;
      return request(type);
    };
  });
  const remote = watch(await remoteContext.newPage());
  await remote.goto(`${server.origin}/remote.html?pair=${code}`);
  expect(remote.url()).not.toContain('pair=');
  const remoteCounts = remote.locator('.remote-counts li');
  await expect(remoteCounts).toHaveText(['Task 1: 2/2 done, 0 stuck', 'Task 2: 0/2 done, 1 stuck']);
  const again = await (await browser.newContext()).request.get(`${server.origin}/remote.html?pair=${code}`, { maxRedirects: 0 });
  expect(again.status()).toBe(403);

  // Undone marks leave the counts, in the speaker view and on the phone.
  await stuck(phone, 1).click();
  await done(laptop, 0).click();
  await expect(stuck(phone, 1)).toHaveAttribute('aria-pressed', 'false');
  for (const counts of [speakerCounts, remoteCounts]) await expect(counts).toHaveText(['Task 1: 1/2 done, 0 stuck']);
  await stuck(phone, 1).click();
  await done(laptop, 0).click();
  // A third student counts as soon as it connects, and no longer once it leaves.
  const third = await newPage(browser, { width: 1280, height: 800 });
  await openStudent(third);
  for (const counts of [speakerCounts, remoteCounts])
    await expect(counts).toHaveText(['Task 1: 2/3 done, 0 stuck', 'Task 2: 0/3 done, 1 stuck']);
  await third.context().close();
  contexts.splice(contexts.indexOf(third.context()), 1);
  await expect(speakerCounts).toHaveText(['Task 1: 2/2 done, 0 stuck', 'Task 2: 0/2 done, 1 stuck']);

  // The lecturer on a scene's middle step: it has notes of its own, and a step on either side.
  await lecturer.evaluate(({ h, v }) => {
    window.Reveal.slide(h, v, 1);
  }, scene);
  // The phone: big buttons, the lecturer's slide title (from the deck) and the notes the speaker view shows.
  for (const button of [remote.getByRole('button', { name: '◀ Back' }), remote.getByRole('button', { name: 'Next ▶' })])
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(80);
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
  const onDeck = async () => ({
    title: await lecturer.evaluate(() => window.Reveal.getCurrentSlide().querySelector('h1, h2, h3')?.textContent.trim() ?? ''),
    notes: plain(await speaker.locator('.speaker-controls-notes .value').innerText()),
  });
  const shown = async () => ({
    title: plain(await remote.locator('.remote-title').innerText()),
    notes: plain(await remote.locator('.remote-notes').innerText()),
  });
  await expect.poll(async () => JSON.stringify(await shown()) === JSON.stringify(await onDeck())).toBe(true);
  expect((await shown()).notes).not.toBe('');
  const clock = await remote.evaluate(() => {
    const at = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
    return { shown: document.querySelector('.remote-time')?.textContent, near: [at(Date.now() - 60_000), at(Date.now())] };
  });
  expect(clock.near).toContain(clock.shown);
  await expect(remote.locator('.remote-left')).not.toBeEmpty();
  expect(await remote.evaluate(() => (window as unknown as { wakeLocks: number }).wakeLocks)).toBeGreaterThanOrEqual(1);

  // A phone lock (hidden, pagehide, frozen, back) never moves the deck; it asks for the screen to stay on again.
  const moves = await countMoves(lecturer);
  const before = await lecturer.evaluate(() => window.Reveal.getIndices());
  const wakeLocks = await remote.evaluate(() => (window as unknown as { wakeLocks: number }).wakeLocks);
  await remote.evaluate(() => {
    const set = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      Object.defineProperty(document, 'hidden', { value: state === 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    set('hidden');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    document.dispatchEvent(new Event('freeze'));
    document.dispatchEvent(new Event('resume'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    set('visible');
  });
  expect(await remote.evaluate(() => (window as unknown as { wakeLocks: number }).wakeLocks)).toBe(wakeLocks + 1);
  // Next then Back on the phone: two moves and the deck where it was. A step sent by the lock would come first
  // on the same socket and leave the deck elsewhere after two moves.
  await remote.getByRole('button', { name: 'Next ▶' }).click();
  await expect.poll(moves).toBeGreaterThanOrEqual(1);
  await expect.poll(async () => JSON.stringify(await shown()) === JSON.stringify(await onDeck())).toBe(true);
  await remote.getByRole('button', { name: '◀ Back' }).click();
  await expect.poll(moves).toBeGreaterThanOrEqual(2);
  expect(await lecturer.evaluate(() => window.Reveal.getIndices())).toEqual(before);
  expect(await moves()).toBe(2);
  // On the last slide, after every break slide the deck adds: the phone names it and numbers it as the deck does.
  const last = await lecturer.evaluate(() => {
    const slide = window.Reveal.getSlides().at(-1);
    if (!slide) throw new Error('no slides');
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v ?? 0);
    return `Slide ${String(window.Reveal.getSlidePastCount() + 1)} / ${String(window.Reveal.getTotalSlides())}`;
  });
  await expect(remote.locator('.remote-position')).toHaveText(last);
  await expect.poll(async () => JSON.stringify(await shown()) === JSON.stringify(await onDeck())).toBe(true);

  // A question with markup arrives as the same characters, never as an element.
  const markup = '<img src=x onerror="document.title=\'pwned\'"> why?';
  await phone.getByText(/^Questions/).click();
  await phone.getByLabel('Ask the lecturer (anonymous)').fill(markup);
  await phone.getByRole('button', { name: 'Send' }).click();
  await laptop.getByText(/^Questions/).click();
  const asked = laptop.locator('.live-ask-list li .live-question-text').first();
  await expect(asked).toHaveText(markup);
  await expect(laptop.locator('.live-ask-list img')).toHaveCount(0);
  await laptop.locator('.live-ask-list .live-vote').first().click();
  await expect(laptop.locator('.live-ask-list .live-vote').first()).toHaveText('▲ 1');
  expect(await laptop.title()).not.toBe('pwned');

  serverDown = true;
  await server.stop();
  server = await startClassServer({ port: server.port, stateDir: server.stateDir });
  serverDown = false;
  await phone.reload();
  await expect(done(phone, 0)).toHaveAttribute('aria-pressed', 'true');
  await expect(stuck(phone, 1)).toHaveAttribute('aria-pressed', 'true');
  await phone.getByText(/^Questions/).click();
  await expect(phone.locator('.live-ask-list .live-question-text').first()).toHaveText(markup);
  await expect(phone.locator('.live-ask-list .live-vote').first()).toHaveText('▲ 1');
  await expect(remote.locator('.remote-counts')).toContainText(/Task 1: 2\/\d+ done, 0 stuck/, { timeout: 15_000 });
});
