// Finds a Chromium for the browser tests. Debian's package (/usr/bin/chromium) is used where it
// exists, because Playwright's own browser download is not reachable everywhere.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
].filter(Boolean);

/** Path of a system Chromium, or undefined when Playwright's own browser should be used. */
export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

/** Flags for headless Chromium on a machine with no network beyond the site under test. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
