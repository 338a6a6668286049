import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const T0 = new Date('2026-11-27T08:00:00');

async function stay(page: Page, seconds: number) {
  await page.clock.runFor(seconds * 1000);
}

/** With the clock paused, reveal's start-up timers run only when the test lets time pass. */
async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  await page.clock.runFor(50);
  await page.waitForFunction(() => window.Reveal.isReady() && document.querySelector('.rehearsal-badge') !== null);
}

async function dialogText(page: Page) {
  await page.keyboard.press('r');
  const dialog = page.locator('dialog.rehearsal-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
});

test('a scripted rehearsal (known times, a reload, a revisit) gives exactly the expected report', async ({ page }) => {
  await open(page, '?rehearse&start=09:00&end=15:00');
  await expect(page.locator('.rehearsal-badge')).toContainText('Rehearsing');
  await stay(page, 30); // Title: 30 s
  await page.keyboard.press('ArrowRight');
  await stay(page, 45); // Today: 45 s
  await page.keyboard.press('ArrowRight');
  await stay(page, 100); // Virtual machines: 100 s, then a reload in the middle of the slide
  await page.reload();
  await page.clock.runFor(50);
  await page.waitForFunction(() => window.Reveal.isReady() && document.querySelector('.rehearsal-badge') !== null);
  await stay(page, 20); // ... and 20 s more after it
  await page.keyboard.press('ArrowLeft');
  await stay(page, 15); // back to Today: +15 s (a revisit adds)
  await page.keyboard.press('ArrowRight');
  await stay(page, 10); // Virtual machines again: +10 s

  const dialog = await dialogText(page);
  await dialog.getByRole('button', { name: 'Stop and save the run' }).click();

  const stored = await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.runs'));
  const runs = JSON.parse(stored ?? '[]') as { slideMs: Record<string, number> }[];
  expect(runs).toHaveLength(1);
  // Seconds as the report shows them: reveal's own start-up ticks (a few ms) do not reach a whole second.
  const seconds = Object.fromEntries(Object.entries(runs[0]?.slideMs ?? {}).map(([k, ms]) => [k, Math.round(ms / 1000)]));
  expect(seconds).toEqual({ '0/0': 30, '1/0': 60, '2/0': 130 });
  await expect(dialog.locator('.rehearsal-projection')).toContainText('Recorded 3 min 40 s');
  await expect(dialog.locator('.rehearsal-longest li').first()).toContainText('2 min 10 s');
  // It is named by the slide's own heading, not by its place.
  const heading = await page.evaluate(() => window.Reveal.getSlide(2, 0)?.querySelector('h1, h2')?.textContent ?? '');
  expect(heading).not.toBe('');
  await expect(dialog.locator('.rehearsal-longest li').first()).toContainText(heading);
  // The longest slide links to itself.
  await dialog.locator('.rehearsal-longest a').first().click();
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => window.Reveal.getIndices())).toMatchObject({ h: 2, v: 0 });
});

test('pauses are left out of the run', async ({ page }) => {
  await open(page, '?rehearse');
  await stay(page, 20);
  const dialog = await dialogText(page);
  await dialog.getByRole('button', { name: 'Pause' }).click();
  await stay(page, 300);
  await dialog.getByRole('button', { name: 'Resume' }).click();
  await stay(page, 10);
  await dialog.getByRole('button', { name: 'Stop and save the run' }).click();
  const runs = JSON.parse((await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.runs'))) ?? '[]') as {
    slideMs: Record<string, number>;
    pausedMs: number;
  }[];
  expect(Math.round((runs[0]?.slideMs['0/0'] ?? 0) / 1000)).toBe(30);
  expect(runs[0]?.pausedMs).toBe(300_000);
});

test('export then import reproduces the run; a bad file gets a message', async ({ page }) => {
  await open(page, '?rehearse');
  await stay(page, 42);
  let dialog = await dialogText(page);
  await dialog.getByRole('button', { name: 'Stop and save the run' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = await download.path();
  const before = await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.runs'));

  await page.evaluate(() => {
    localStorage.removeItem('vmdocker.rehearsal.runs');
  });
  await open(page);
  dialog = await dialogText(page);
  await expect(dialog).toContainText('History (0 runs)');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import JSON…' }).click();
  await (await chooser).setFiles(exported);
  await expect(dialog.locator('.rehearsal-message')).toContainText('Imported 1 run');
  const after = await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.runs'));
  expect(JSON.parse(after ?? 'null')).toEqual(JSON.parse(before ?? '[]'));

  const bad = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import JSON…' }).click();
  await (await bad).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "id": 3}') });
  await expect(dialog.locator('.rehearsal-message')).toHaveText('Could not import bad.json: run.id should be text, found 3.');
});

test('corrupt storage gives a notice and an empty history (the text set aside), never a broken deck', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('vmdocker.rehearsal.runs', '{not json');
  });
  await open(page);
  await expect(page.locator('.rehearsal-badge')).toContainText('could not be read');
  const dialog = await dialogText(page);
  await expect(dialog.locator('.rehearsal-message')).toContainText('does not hold valid JSON');
  await expect(dialog).toContainText('History (0 runs)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => window.Reveal.getIndices().h)).toBe(1);
});

/** A finished run as this deck stores it, `minutes` after T0. */
function storedRun(id: string, minutes: number) {
  const start = T0.getTime() - 86_400_000 + minutes * 60_000;
  return {
    version: 1,
    id,
    date: '2026-11-26',
    classStart: '09:00',
    classEnd: '15:00',
    startedAt: start,
    endedAt: start + 60_000,
    blocks: [],
    slides: [{ slide: '0/0', blockId: 'title', title: 'Title', seconds: 60 }],
    slideMs: { '0/0': 60_000 },
    stepMs: {},
    skipped: [],
    open: null,
    place: null,
    pausedMs: 0,
    pausedSince: null,
  };
}

test('one unreadable run is set aside; the good ones stay, and survive the next save', async ({ page }) => {
  const good = [0, 1, 2, 3, 4].map((i) => storedRun(`good-${i}`, i * 10));
  await page.addInitScript((runs) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'vmdocker.rehearsal.runs',
      JSON.stringify([...runs.slice(0, 2), { ...runs[0], id: 'v2', version: 2 }, ...runs.slice(2)]),
    );
    // A current run started at epoch 0: it used to read "run 498893:06:28".
    localStorage.setItem('vmdocker.rehearsal.current', JSON.stringify({ ...runs[0], id: 'epoch', startedAt: 0, endedAt: null }));
  }, good);
  await open(page);
  await expect(page.locator('.rehearsal-badge')).toContainText('could not be read');
  await expect(page.locator('.rehearsal-badge')).not.toContainText('498893');
  const dialog = await dialogText(page);
  await expect(dialog).toContainText('History (5 runs)');
  await expect(dialog.locator('.rehearsal-warning')).toContainText('2 stored rehearsals were unreadable and set aside');
  await expect(dialog.getByRole('button', { name: 'Export set-aside' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Start a run from this slide' }).click();
  await stay(page, 5);
  await (await dialogText(page)).getByRole('button', { name: 'Stop and save the run' }).click();
  const stored = await page.evaluate(() => [
    localStorage.getItem('vmdocker.rehearsal.runs'),
    localStorage.getItem('vmdocker.rehearsal.set-aside'),
  ]);
  expect((JSON.parse(stored[0] ?? '[]') as unknown[]).length).toBe(6);
  expect((JSON.parse(stored[1] ?? '[]') as { value: { id: string } }[]).map((e) => e.value.id)).toEqual(['v2', 'epoch']);
});

test('storage that refuses writes: the badge says the run is not kept, and export still works', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Reflect.get<Storage, 'setItem'>(Storage.prototype, 'setItem');
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('vmdocker.rehearsal')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await open(page, '?rehearse');
  await expect(page.locator('.rehearsal-badge')).toContainText('NOT SAVED');
  const dialog = await dialogText(page);
  await expect(dialog.locator('.rehearsal-warning')).toContainText('refuses to store rehearsals');
  await dialog.getByRole('button', { name: 'Stop and save the run' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export JSON' }).click()]);
  const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  expect((JSON.parse(text) as unknown[]).length).toBe(1);
});

test('an import over 2 MB is refused with a message, and a refused store is never called a success', async ({ page }) => {
  await open(page);
  const dialog = await dialogText(page);
  const big = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import JSON…' }).click();
  await (await big).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) });
  await expect(dialog.locator('.rehearsal-message')).toHaveText(
    'Could not import big.json: the file is 3.0 MB; a rehearsal file is at most 2.0 MB.',
  );

  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const small = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import JSON…' }).click();
  await (await small).setFiles({ name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(storedRun('x', 0))) });
  await expect(dialog.locator('.rehearsal-message')).toContainText('but the browser would not store them');
});

test('a run left open overnight is stopped and saved at its last move, and says so the next time the deck opens', async ({ page }) => {
  await open(page, '?rehearse');
  await stay(page, 30);
  await page.keyboard.press('ArrowRight');
  await stay(page, 10);
  // The lecturer leaves; the deck is closed with the run still going, and opened again the next morning.
  await page.goto('about:blank');
  await page.clock.setSystemTime(new Date(T0.getTime() + 14 * 3600_000));
  await open(page);
  const badge = page.locator('.rehearsal-badge');
  await expect(badge).toContainText('The rehearsal left running since 08:00 was idle over 2 h: it was stopped and saved there.');
  await expect(badge).not.toContainText('Rehearsing');
  const runs = JSON.parse((await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.runs'))) ?? '[]') as {
    slideMs: Record<string, number>;
  }[];
  expect(runs).toHaveLength(1);
  // Stopped at the last move: the idle night is not recorded on the slide left open.
  expect(Object.values(runs[0]?.slideMs ?? {}).map((ms) => Math.round(ms / 1000))).toEqual([30, 0]);
  expect(await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.current'))).toBeNull();
  const dialog = await dialogText(page);
  await expect(dialog.locator('.rehearsal-message')).toContainText('stopped and saved');
});

test('a run left open in a running deck stops by itself after two idle hours', async ({ page }) => {
  await open(page, '?rehearse');
  await stay(page, 20);
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('02:00:30');
  await expect(page.locator('.rehearsal-badge')).toContainText('was idle over 2 h');
  const runs = JSON.parse((await page.evaluate(() => localStorage.getItem('vmdocker.rehearsal.runs'))) ?? '[]') as {
    slideMs: Record<string, number>;
  }[];
  expect(Math.round((runs[0]?.slideMs['0/0'] ?? 0) / 1000)).toBe(20);
});

test('?now= moves the rehearsal as it moves the agenda: one clock for both', async ({ page }) => {
  await open(page, '?rehearse&now=13:30');
  await expect(page.locator('.rehearsal-badge')).toContainText('Rehearsing');
  const startedAt = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('vmdocker.rehearsal.current') ?? '{}') as { startedAt?: number }).startedAt ?? 0,
  );
  const started = new Date(startedAt);
  expect(started.getHours() * 60 + started.getMinutes()).toBe(13 * 60 + 30);
});

test('+ and - re-plan a run in progress: the run is measured against the changed day', async ({ page }) => {
  await open(page, '?rehearse&start=09:00&end=15:00');
  const planned = () =>
    page.evaluate(() => {
      const run = JSON.parse(localStorage.getItem('vmdocker.rehearsal.current') ?? '{}') as { blocks?: { id: string; seconds: number }[] };
      const block = window.Reveal.getCurrentSlide().dataset.block;
      return run.blocks?.find((b) => b.id === block)?.seconds ?? 0;
    });
  const before = await planned();
  expect(before).toBeGreaterThan(0);
  await page.keyboard.press('Equal');
  await expect.poll(planned).toBe(before + 300);
  await page.keyboard.press('Minus');
  await expect.poll(planned).toBe(before);
});
