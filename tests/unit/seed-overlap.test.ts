import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The course is written in its own words: no run of 8+ words may repeat the source texts.
const tool = resolve('..', 'shared', 'tools', 'seed-overlap.mjs');

describe('course text', () => {
  it.skipIf(!existsSync(tool))('repeats no passage of the seed texts', () => {
    const { status, stdout } = spawnSync(process.execPath, [tool, 'content', 'src'], { encoding: 'utf8' });
    expect(stdout).toContain('no passage of 8+ words repeats the seeds');
    expect(status).toBe(0);
  });
});
