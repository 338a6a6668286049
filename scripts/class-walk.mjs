// Walks a class day on a real class server (loopback) and takes screenshots to look at before teaching: the
// deck at 1920x1080, the speaker view at 1024x768, a phone-sized remote, and three students (390x844 twice,
// 1280x800). A lecture scene step by step, then a practice where the students mark tasks and ask.
// Usage: npm run build && node scripts/class-walk.mjs [outdir]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const out = process.argv[2] ?? 'shots/class-walk';
mkdirSync(out, { recursive: true });

/** `npm run class` on 127.0.0.1, any free port; resolves with its lecturer link once it printed the students' one. */
function startServer() {
  const stateDir = mkdtempSync(join(tmpdir(), 'class-walk-'));
  const child = spawn(
    process.execPath,
    ['scripts/class.mjs', '--no-build', '--host', '127.0.0.1', '--port', '0', '--state-dir', stateDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    /** @param {Buffer} chunk */
    const read = (chunk) => {
      output += String(chunk);
      const link = /lecturer: (http:\/\/\S+)/.exec(output)?.[1];
      if (link && /students: /.test(output)) resolve({ child, link, origin: new URL(link).origin, output });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the class server exited (${String(code)}):\n${output}`)));
  });
}

const server = await startServer();
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
let shot = 0;
/** @param {import('@playwright/test').Page} page @param {string} name */
async function snap(page, name) {
  shot++;
  const path = `${out}/${String(shot).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path });
  console.log(path);
}
/** Minutes since midnight of `HH:MM`. @param {string} hhmm */
const minutesOf = (hhmm) => Number(hhmm.slice(0, hhmm.indexOf(':'))) * 60 + Number(hhmm.slice(hhmm.indexOf(':') + 1));
/** Everyone's clock at the same moment of today, so the screenshots agree (`HH:MM`). @param {string} hhmm */
const at = (hhmm) => {
  const day = new Date();
  day.setHours(0, minutesOf(hhmm), 30, 0);
  return day;
};
/** @param {{ width: number, height: number }} viewport @param {string} time */
async function newPage(viewport, time) {
  const context = await browser.newContext({ viewport });
  await context.clock.setFixedTime(at(time));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`page error (${page.url()}): ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') console.log(`console ${msg.type()} (${page.url()}): ${msg.text()}`);
  });
  return page;
}
/** The start of the first block of a kind, from the student view's own agenda (`HH:MM`). */
/** @param {import('@playwright/test').Page} student @param {string} kind */
async function blockStart(student, kind, withTasks = false) {
  const span = await student
    .locator(`.block[data-kind="${kind}"]${withTasks ? ':has(.task)' : ''} .block-when`)
    .first()
    .innerText();
  return /(\d{1,2}:\d{2})/.exec(span)?.[1] ?? '09:00';
}
/** @param {import('@playwright/test').Page} page */
const settle = (page) => page.waitForTimeout(700);

try {
  // The lecture: a probe student reads the day's times; everyone's clock is 20 minutes into the lecture.
  const probe = await newPage({ width: 1280, height: 800 }, '12:00');
  await probe.goto(`${server.origin}/student.html`);
  await probe.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
  const lectureStart = await blockStart(probe, 'lecture');
  const practiceStart = await blockStart(probe, 'practice', true);
  await probe.context().close();
  /** @param {string} hhmm @param {number} minutes */
  const plus = (hhmm, minutes) => {
    const t = minutesOf(hhmm) + minutes;
    return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  };
  const lectureNow = plus(lectureStart, 20);
  const practiceNow = plus(practiceStart, 10);
  console.log(`lecture at ${lectureNow}, practice at ${practiceNow}`);

  const deck = await newPage({ width: 1920, height: 1080 }, lectureNow);
  await deck.goto(server.link);
  await deck.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.deckReady !== undefined);
  await settle(deck);
  await snap(deck, 'deck-join-slide');

  const [speaker] = await Promise.all([deck.context().waitForEvent('page'), deck.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1024, height: 768 });
  await speaker.locator('[data-panel="live"] .live-status').filter({ hasText: /^Live/ }).waitFor({ timeout: 20_000 });

  const phone = await newPage({ width: 390, height: 844 }, lectureNow);
  const browsing = await newPage({ width: 390, height: 844 }, lectureNow);
  const laptop = await newPage({ width: 1280, height: 800 }, lectureNow);
  const students = [phone, browsing, laptop];
  for (const student of students) {
    await student.goto(`${server.origin}/student.html`);
    await student.waitForFunction(() => document.documentElement.dataset.studentReady !== undefined);
  }
  const code = (await (await deck.request.get(`${server.origin}/class/pair`)).json()).code;
  const remote = await newPage({ width: 390, height: 844 }, lectureNow);
  await remote.goto(`${server.origin}/remote.html?pair=${code}`);
  await remote.waitForFunction(() => document.documentElement.dataset.remoteReady !== undefined);

  // A lecture scene, step by step: the first slide whose scene has 3 steps or more.
  const scene = await deck.evaluate(() => {
    for (const slide of window.Reveal.getSlides()) {
      const steps = new Set(
        [...slide.querySelectorAll('.fragment[data-fragment-index]')].map((f) => f.getAttribute('data-fragment-index')),
      );
      if (slide.querySelector('.scene[data-scene]') && steps.size >= 3) {
        const { h, v } = window.Reveal.getIndices(slide);
        return { h, v: v ?? 0, steps: steps.size };
      }
    }
    return undefined;
  });
  if (!scene) throw new Error('no scene with 3 steps in the deck');
  await deck.evaluate(({ h, v }) => window.Reveal.slide(h, v, -1), scene);
  for (let step = -1; step < scene.steps; step++) {
    if (step >= 0) await deck.keyboard.press('ArrowRight');
    await settle(deck);
    for (const student of students)
      await student
        .locator('.page[data-live] .scene[data-scene]')
        .and(student.locator(`[data-step="${step}"]`))
        .waitFor({ timeout: 10_000 });
    await settle(phone);
    const name = `step${step + 1}`;
    await snap(deck, `lecture-${name}-deck`);
    await snap(speaker, `lecture-${name}-speaker`);
    if (step === -1 || step === scene.steps - 1) {
      await snap(phone, `lecture-${name}-student-phone`);
      await snap(laptop, `lecture-${name}-student-laptop`);
      await snap(remote, `lecture-${name}-remote`);
    }
  }
  // One student browses on their own.
  await browsing.mouse.wheel(0, 1500);
  await settle(browsing);
  await snap(browsing, 'lecture-student-browsing');

  // The practice: everyone's clock 10 minutes into the first practice with tasks; marks and questions.
  for (const page of [deck, speaker, remote, ...students]) await page.context().clock.setFixedTime(at(practiceNow));
  // The lecturer's deck on the first task slide of the block the clock is in.
  await deck.evaluate(() => {
    const first = window.Reveal.getSlides().find((slide) => slide.querySelector('.task'));
    if (first) {
      const { h, v } = window.Reveal.getIndices(first);
      window.Reveal.slide(h, v ?? 0);
    }
  });
  for (const student of students) {
    await student.goto(`${server.origin}/student.html`);
    await student.locator('.student-tasks .task .live-marks').first().waitFor();
  }
  /** @param {import('@playwright/test').Page} student @param {number} n */
  const task = (student, n) => student.locator('.student-tasks .task').nth(n);
  await task(phone, 0).getByRole('button', { name: 'Done' }).click();
  await task(browsing, 0).getByRole('button', { name: 'Done' }).click();
  await task(laptop, 0).getByRole('button', { name: 'Done' }).click();
  await task(phone, 1).getByRole('button', { name: 'Stuck' }).click();
  await task(laptop, 1).getByRole('button', { name: 'Done' }).click();
  /** @param {import('@playwright/test').Page} student @param {string} text */
  const ask = async (student, text) => {
    const toggle = student.getByText(/^Questions/);
    if (await student.getByLabel('Ask the lecturer (anonymous)').isHidden()) await toggle.click();
    await student.getByLabel('Ask the lecturer (anonymous)').fill(text);
    await student.getByRole('button', { name: 'Send' }).click();
  };
  await ask(phone, 'Why does docker run need sudo on Linux but not on my Mac?');
  await ask(laptop, 'Can a container see the files of another container? '.repeat(4).trim());
  await settle(browsing);
  await browsing.getByText(/^Questions/).click();
  await browsing.locator('.live-ask-list .live-vote').first().click();
  await settle(deck);
  await snap(phone, 'practice-student-phone');
  await snap(browsing, 'practice-student-phone-questions');
  await snap(laptop, 'practice-student-laptop');
  await snap(speaker, 'practice-speaker');
  await snap(remote, 'practice-remote');
  await snap(deck, 'practice-deck');
  // The lecturer answers the top question; one student undoes a mark.
  await speaker.locator('[data-panel="live"] .live-answered').first().click();
  await task(phone, 1).getByRole('button', { name: 'Stuck' }).click();
  await settle(speaker);
  await snap(speaker, 'practice-speaker-answered');
  await snap(remote, 'practice-remote-after-undo');
  await speaker.getByRole('button', { name: 'Pair a phone as remote' }).click();
  await speaker.locator('.live-qr svg').waitFor();
  await snap(speaker, 'speaker-pairing-qr');
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
}
