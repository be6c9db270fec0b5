import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { e2eBase } from './scripts/e2e-base.mjs';

const base = e2eBase();
const port = Number(process.env.E2E_PORT ?? 4322);
/** The stand-in learning platform of tests/e2e/lms.spec.ts (scripts/lms-server.mjs). */
const lmsPort = Number(process.env.LMS_PORT ?? 4340);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'fi-FI',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } } }],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: !process.env.CI,
      env: { BASE_PATH: base },
    },
    {
      command: 'node scripts/lms-server.mjs',
      url: `http://127.0.0.1:${lmsPort}/harness/harness.html`,
      reuseExistingServer: !process.env.CI,
      env: { LMS_PORT: String(lmsPort) },
    },
  ],
});
