// Browser tests: find or install Chromium, build the site under a sub-path (so a link that assumes
// the site root fails a test), then run Playwright against `astro preview`.
import { spawnSync } from 'node:child_process';
import { e2eBase } from './e2e-base.mjs';

const env = { ...process.env, BASE_PATH: e2eBase() };
const step = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
};

step(process.execPath, ['scripts/ensure-chromium.mjs']);
step('npm', ['run', 'build']);
step('npx', ['playwright', 'test', ...process.argv.slice(2)]);
