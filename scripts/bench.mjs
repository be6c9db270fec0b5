// `npm run bench`: builds the site, times the build and reports, for each type of page, the
// HTML, CSS and JavaScript bytes (raw and gzip) it loads before any interaction and its request
// count, and the speed of search (scripts/bench-search.mjs). Writes bench-results/bench.json.
// A benchmark, not a test: it never fails on a number.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { measureSearch } from './bench-search.mjs';
import { measurePage } from './page-weight.mjs';

const base = process.env.BASE_PATH ?? '/';
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';

/** One representative page of each type; widgets are found from the built HTML. */
const pageTypes = {
  front: '',
  module: 'talo/',
  lessonPlain: 'tyoelama/tyoelama-tyo-ja-osallisuus/',
  lessonQuizReflection: 'talo/talon-rakenne/',
  glossary: 'kasitteet/',
  sources: 'lahteet/',
  searchFallback: 'haku/',
};

const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: base } });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error('bench: build failed');
  process.exit(1);
}

const pages = {};
for (const [type, path] of Object.entries(pageTypes)) {
  try {
    const { files, ...weights } = measurePage(dist, path, base);
    pages[type] = { path: `/${path}`, ...weights, files };
  } catch (error) {
    pages[type] = { path: `/${path}`, error: String(error) };
  }
}

let search;
try {
  search = await measureSearch({ dist, base });
} catch (error) {
  search = { error: String(error) };
}

const report = { date: new Date().toISOString(), node: process.version, buildSeconds: Number(buildSeconds.toFixed(2)), pages, search };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`build: ${report.buildSeconds} s`);
console.table(
  Object.fromEntries(
    Object.entries(pages).map(([type, p]) => [
      type,
      p.error
        ? { error: p.error }
        : {
            'html gz': kb(p.html.gzip),
            'css gz': kb(p.css.gzip),
            'js gz': kb(p.js.gzip),
            'inline js gz': kb(p.inlineJs.gzip),
            requests: p.requests,
          },
    ]),
  ),
);
if (search.error) console.log(`search: ${search.error}`);
else {
  console.table({
    search: {
      'cold ms': search.cold.ms,
      'warm median ms': search.warm.medianMs,
      'warm max ms': search.warm.maxMs,
      'first search gz': kb(search.firstSearch.gzip),
      'first search raw': kb(search.firstSearch.raw),
      requests: search.firstSearch.requests,
    },
  });
}
console.log('bench-results/bench.json written');
