// Search speed for `npm run bench`: in Chromium against `astro preview` (started here on a free
// port), the time from the last keystroke to the first result on screen, for the first search of
// a visit (cold: the UI and index load when search opens) and for later ones (warm), and the
// bytes the first search loads.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

/** Page the searches start from, the first query and the later ones. */
const START_PAGE = 'talo/talon-rakenne/';
const COLD_QUERY = 'kehittäminen';
const WARM_QUERIES = ['asiakasraati', 'palvelumuotoilu', 'osallisuus', 'tikapuut', 'vertaistuki', 'kokemustieto', 'haastattelu'];
/** Milliseconds between keystrokes: a quick typist. */
const TYPING_DELAY = 80;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function startPreview(dist, base) {
  const port = await freePort();
  const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_OUT_DIR: dist, BASE_PATH: base },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop: () => process.kill(-server.pid) };
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid);
  throw new Error(`bench: astro preview did not start on port ${port}`);
}

/**
 * Records, in the page, when each key goes down and when result elements appear (at the next
 * frame, so they are on screen), with the summary line at that moment: it names the query the
 * results belong to, so results of an earlier, slower search are not counted.
 */
function instrument() {
  const timing = { keys: [], shown: [] };
  Object.assign(window, { __searchTiming: timing });
  document.addEventListener('keydown', () => timing.keys.push(performance.now()), true);
  new MutationObserver((records) => {
    const added = records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.matches('.search-result')));
    if (!added) return;
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    requestAnimationFrame(() => timing.shown.push({ at: performance.now(), summary }));
  }).observe(document, { subtree: true, childList: true });
}

/** Types `query` into the focused search field; returns ms from its last key to its first result. */
async function timeQuery(page, query) {
  await page.keyboard.type(query, { delay: TYPING_DELAY });
  const ms = await page.waitForFunction((q) => {
    const { keys, shown } = window.__searchTiming;
    const lastKey = keys.at(-1);
    const first = shown.find((s) => s.at > lastKey && s.summary.endsWith(`haulle ${q}`));
    return first && first.at - lastKey;
  }, query);
  return ms.jsonValue();
}

const size = (text) => ({ raw: text.length, gzip: gzipSync(text).length });

/**
 * @param {{ dist: string, base: string }} options the built site and the base path it was built with
 */
export async function measureSearch({ dist, base }) {
  const preview = await startPreview(dist, base);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(instrument);
    await page.goto(preview.url + START_PAGE);
    await page.waitForLoadState('networkidle');

    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.keyboard.press('/');
    await page.locator('pagefind-modal input').waitFor();
    const coldMs = await timeQuery(page, COLD_QUERY);
    const firstSearch = { requests: requested.length, raw: 0, gzip: 0, files: [] };
    for (const url of requested) {
      const path = decodeURIComponent(new URL(url).pathname.slice(base.length));
      const bytes = size(readFileSync(join(dist, path)));
      firstSearch.raw += bytes.raw;
      firstSearch.gzip += bytes.gzip;
      firstSearch.files.push(path);
    }

    const warmMs = [];
    for (const query of WARM_QUERIES) {
      await page.keyboard.press('Control+a');
      warmMs.push(await timeQuery(page, query));
    }
    const sorted = [...warmMs].sort((a, b) => a - b);
    const round = (ms) => Math.round(ms);
    return {
      startPage: `/${START_PAGE}`,
      typingDelayMs: TYPING_DELAY,
      cold: { query: COLD_QUERY, ms: round(coldMs) },
      warm: {
        queries: WARM_QUERIES,
        ms: warmMs.map(round),
        medianMs: round(sorted[Math.floor(sorted.length / 2)]),
        maxMs: round(sorted.at(-1)),
      },
      firstSearch,
    };
  } finally {
    await browser.close();
    preview.stop();
  }
}
