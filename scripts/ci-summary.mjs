// Sums the Vitest and Playwright JSON reports into the one closing line CI reads:
// "N passed, N failed". A report that is missing counts as a failure of its suite. A browser test
// that passed only on a retry counts as passed but is named, so flakiness is seen, not hidden.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Names of the Playwright tests whose status is "flaky" (failed, then passed on a retry). */
export function flakyTests(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') out.push(`${spec.file ?? suite.file}: ${[...path, spec.title].join(' › ')}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && child.title !== child.file ? [...path, child.title] : path);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

/**
 * The counts from both reports (either may be undefined: it is then missing) and the lines to print.
 * @param {object | undefined} vitest
 * @param {object | undefined} playwright
 */
export function summarize(vitest, playwright) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const lines = [];
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  } else {
    lines.push('vitest report missing: the unit tests did not report');
    failed++;
  }
  if (playwright) {
    const { stats } = playwright;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
    const flaky = flakyTests(playwright);
    if (flaky.length) lines.push(`${flaky.length} flaky (passed only on a retry):`, ...flaky.map((name) => `  ${name}`));
  } else {
    lines.push('playwright report missing: the browser tests did not run');
    failed++;
  }
  lines.push(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return { passed, failed, skipped, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const read = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
  const [vitestFile, playwrightFile] = process.argv.slice(2);
  const { failed, lines } = summarize(read(vitestFile), read(playwrightFile));
  for (const line of lines) console.log(line);
  process.exit(failed > 0 ? 1 : 0);
}
