// Browser tests: find or install Chromium, build the site under a sub-path (so a link that assumes
// the site root fails a test), then run Playwright against `astro preview`. The SCORM packages
// (`npm run build:lms`) are built too when tests/e2e/lms.spec.ts is among those run.
import { spawnSync } from 'node:child_process';
import { e2eBase } from './e2e-base.mjs';

const env = { ...process.env, BASE_PATH: e2eBase() };
const step = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
};

step(process.execPath, ['scripts/ensure-chromium.mjs']);
step('npm', ['run', 'build']);
const files = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
if (!files.length || files.some((f) => f.includes('lms'))) step('npm', ['run', 'build:lms']);
step('npx', ['playwright', 'test', ...process.argv.slice(2)]);
