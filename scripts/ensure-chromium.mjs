// Makes sure the browser tests have a Chromium: a system one, Debian's package installed with
// apt-get (when running as root on Debian/Ubuntu), or Playwright's own download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findChromium } from './chromium.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const fail = (msg) => {
  console.error(msg);
  process.exit(1);
};

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium puuttuu: asennetaan Debianin chromium-paketti (apt-get)…');
  try {
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } catch {
    /* fall through to Playwright's own browser */
  }
  if (findChromium()) process.exit(0);
}

// Elsewhere (a developer laptop), Playwright's own Chromium is the usual way.
const require = createRequire(import.meta.url);
try {
  const executable = require('@playwright/test').chromium.executablePath();
  if (existsSync(executable)) process.exit(0);
  run('npx playwright install chromium');
  if (existsSync(executable)) process.exit(0);
} catch {
  /* reported below */
}
fail('No Chromium found for the browser tests: install one (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
