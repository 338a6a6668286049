// Fails early, with the way to fix it, when the e2e tests would have no browser to run in.
import { findChromium } from './chromium.mjs';

try {
  const path = findChromium();
  console.log(`e2e browser: ${path ?? "Playwright's own Chromium"}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
