// What `npm test` must install before its browser tests can run, decided from facts about the machine. Pure: the
// caller gathers the facts and carries out the plan.

/** @typedef {import('./plan.d.mts').Machine} Machine @typedef {import('./plan.d.mts').InstallPlan} InstallPlan */
/** @typedef {'chromium' | 'poppler'} Need */

/** @type {Record<Need, string>} */
const APT_PACKAGES = { chromium: 'chromium', poppler: 'poppler-utils' };

/**
 * @param {Machine} machine
 *   root: running as uid 0; apt: apt-get is on the PATH; chromium: a browser the tests can use was found;
 *   poppler: pdftotext and pdfinfo are on the PATH; skipBrowserDownload: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set.
 * @returns {InstallPlan}
 *   install: what to run, in order, each with a sentence saying what it does; manual: when something cannot be
 *   installed from here, the one command for the reader to run, after which the tests cannot start.
 */
export function installPlan(machine) {
  const missing = /** @type {const} */ (['chromium', 'poppler']).filter((need) => !machine[need]);
  if (missing.length === 0) return { install: [], missing, manual: null };
  const packages = missing.map((m) => APT_PACKAGES[m]);

  if (machine.root && machine.apt) {
    return {
      install: [
        {
          say: `installing ${packages.join(' and ')} with apt-get (the browser tests need them)`,
          run: [
            ['apt-get', 'update'],
            ['apt-get', 'install', '-y', ...packages],
          ],
        },
      ],
      missing,
      manual: null,
    };
  }
  // Playwright can bring a browser, never poppler: what it cannot bring is left to the reader, in one command.
  const download = missing.includes('chromium') && !machine.skipBrowserDownload;
  /** @type {InstallPlan['install']} */
  const install = download
    ? [{ say: "downloading Playwright's own Chromium (no chromium on this machine)", run: [['npx', 'playwright', 'install', 'chromium']] }]
    : [];
  const left = missing.filter((m) => !(download && m === 'chromium'));
  return { install, missing, manual: left.length === 0 ? null : manualCommand(left, machine) };
}

/** @param {Need[]} left @param {Machine} machine */
function manualCommand(left, machine) {
  if (machine.apt) return `sudo apt-get update && sudo apt-get install -y ${left.map((m) => APT_PACKAGES[m]).join(' ')}`;
  if (machine.mac) return left.map((m) => (m === 'poppler' ? 'brew install poppler' : 'brew install --cask chromium')).join(' && ');
  return `install ${left.map((m) => (m === 'poppler' ? "poppler's command-line tools (pdftotext, pdfinfo)" : 'Chromium, then export CHROMIUM_PATH=/path/to/chromium')).join(' and ')} with your system's package manager`;
}
