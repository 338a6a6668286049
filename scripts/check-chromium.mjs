// Before the browser tests: finds Chromium and poppler (pdftotext, pdfinfo: the handout tests read PDFs), and
// installs what is missing when it can, saying so: apt-get as root on Debian, otherwise Playwright's own
// browser. What it cannot install it names in one command, and exits non-zero.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './chromium.mjs';
import { installPlan } from './setup/plan.mjs';

/** @param {string} command */
const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/** The browser the tests will use, or null; a CHROMIUM_PATH that points nowhere is the reader's to fix. */
function browser() {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: fix or unset it.`);
    process.exit(1);
  }
  try {
    return findChromium() ?? "Playwright's own Chromium";
  } catch {
    return null;
  }
}

const machine = () => ({
  root: process.getuid?.() === 0,
  apt: onPath('apt-get'),
  chromium: browser() !== null,
  poppler: onPath('pdftotext') && onPath('pdfinfo'),
  skipBrowserDownload: Boolean(process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) && process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD !== '0',
  mac: process.platform === 'darwin',
});

const plan = installPlan(machine());
for (const step of plan.install) {
  console.log(`npm test: ${step.say}`);
  for (const [command, ...args] of step.run) {
    console.log(`  $ ${[command, ...args].join(' ')}`);
    try {
      execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (error) {
      const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
      const why = status !== undefined ? `exit ${status}` : error instanceof Error ? error.message : String(error);
      console.error(
        `npm test: \`${[command, ...args].join(' ')}\` failed (${why}); install ${plan.missing.join(' and ')} by hand and run it again.`,
      );
      process.exit(1);
    }
  }
}
if (plan.manual) {
  console.error(`npm test cannot install all it needs (${plan.missing.join(', ')}) from here. Run:\n  ${plan.manual}`);
  process.exit(1);
}
const after = machine();
if (!after.chromium || !after.poppler) {
  console.error(
    `still missing after installing: ${[after.chromium ? '' : 'chromium', after.poppler ? '' : 'poppler'].filter(Boolean).join(', ')}`,
  );
  process.exit(1);
}
console.log(`e2e browser: ${browser() ?? '?'}`);
