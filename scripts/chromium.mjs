// Where the browser for tests, the handout and benchmarks comes from: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then a browser Playwright installed itself. Nothing is downloaded here.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const INSTALL_HINT = [
  'No Chromium found. Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - any Chromium/Chrome binary, then: export CHROMIUM_PATH=/path/to/chromium',
  "  - Playwright's own browser: npx playwright install chromium",
].join('\n');

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own browser */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${INSTALL_HINT}`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(INSTALL_HINT);
}

// Without the background-networking switches Chromium calls Google's hosts at start, which these closed
// machines refuse; the deck itself must never need the network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
