import { describe, expect, it } from 'vitest';
import { installPlan, type Machine } from '../../../scripts/setup/plan.mjs';

const ready: Machine = { root: false, apt: true, chromium: true, poppler: true, skipBrowserDownload: false };
const commands = (m: Machine) => installPlan(m).install.flatMap((step) => step.run.map((r) => r.join(' ')));

describe('installPlan', () => {
  it('does nothing when the browser and poppler are there', () => {
    expect(installPlan(ready)).toEqual({ install: [], missing: [], manual: null });
    expect(installPlan({ ...ready, root: true, skipBrowserDownload: true })).toEqual({ install: [], missing: [], manual: null });
  });

  it('installs both with apt-get as root on Debian, saying so, whatever Playwright is told', () => {
    for (const skipBrowserDownload of [false, true]) {
      const plan = installPlan({ ...ready, root: true, chromium: false, poppler: false, skipBrowserDownload });
      expect(commands({ ...ready, root: true, chromium: false, poppler: false, skipBrowserDownload })).toEqual([
        'apt-get update',
        'apt-get install -y chromium poppler-utils',
      ]);
      expect(plan.install[0]?.say).toMatch(/apt-get/);
      expect(plan.manual).toBeNull();
    }
    expect(commands({ ...ready, root: true, poppler: false })).toEqual(['apt-get update', 'apt-get install -y poppler-utils']);
  });

  it("downloads Playwright's browser when not root, unless told not to", () => {
    expect(commands({ ...ready, chromium: false })).toEqual(['npx playwright install chromium']);
    expect(installPlan({ ...ready, chromium: false }).manual).toBeNull();
    expect(commands({ ...ready, root: true, apt: false, chromium: false })).toEqual(['npx playwright install chromium']);
  });

  it('leaves poppler to the reader in one command: apt, brew, or words on other systems', () => {
    const notRoot = installPlan({ ...ready, chromium: false, poppler: false });
    expect(notRoot.install.flatMap((s) => s.run.map((r) => r.join(' ')))).toEqual(['npx playwright install chromium']);
    expect(notRoot.manual).toBe('sudo apt-get update && sudo apt-get install -y poppler-utils');
    expect(installPlan({ ...ready, apt: false, mac: true, poppler: false }).manual).toBe('brew install poppler');
    expect(installPlan({ ...ready, apt: false, poppler: false }).manual).toMatch(/pdftotext/);
  });

  it('prints the one command when neither apt-get as root nor a download is possible', () => {
    const plan = installPlan({ ...ready, chromium: false, poppler: false, skipBrowserDownload: true });
    expect(plan.install).toEqual([]);
    expect(plan.manual).toBe('sudo apt-get update && sudo apt-get install -y chromium poppler-utils');
    expect(installPlan({ ...ready, apt: false, chromium: false, skipBrowserDownload: true }).manual).toMatch(/CHROMIUM_PATH/);
  });
});
