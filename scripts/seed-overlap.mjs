// Runs the shared seed-overlap check on the course text when the shared folder is present
// (it is beside the repository in the course team's checkout and in CI, not in every clone).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const tool = resolve('..', 'shared', 'tools', 'seed-overlap.mjs');
if (!existsSync(tool)) {
  console.log('seed-overlap: ../shared/tools/seed-overlap.mjs not found, check skipped (it runs in CI).');
  process.exit(0);
}
const { status } = spawnSync(process.execPath, [tool, 'content', 'src'], { stdio: 'inherit' });
process.exit(status ?? 1);
