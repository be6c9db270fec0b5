import { describe, expect, it } from 'vitest';
import { summarize } from '../../scripts/ci-summary.mjs';

// The shapes of Vitest's and Playwright's JSON reports, cut down to what the summary reads.
const vitest = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0 };
const test = (status: string) => ({ status, results: [] });
const playwright = (flakyStatus: string) => ({
  stats: { expected: 2, unexpected: 0, flaky: flakyStatus === 'flaky' ? 1 : 0, skipped: 0 },
  suites: [
    {
      title: 'widgets.spec.ts',
      file: 'widgets.spec.ts',
      specs: [{ title: 'quiz by keyboard', file: 'widgets.spec.ts', tests: [test('expected')] }],
      suites: [
        {
          title: 'reflections',
          file: 'widgets.spec.ts',
          specs: [
            { title: 'saved on the way out', file: 'widgets.spec.ts', tests: [test(flakyStatus)] },
            { title: 'kept after reload', file: 'widgets.spec.ts', tests: [test('expected')] },
          ],
        },
      ],
    },
  ],
});

describe('CI summary', () => {
  it('counts a test that passed on a retry as passed and names it', () => {
    const { passed, failed, lines } = summarize(vitest, playwright('flaky'));
    expect([passed, failed]).toEqual([13, 0]);
    expect(lines).toEqual([
      '1 flaky (passed only on a retry):',
      '  widgets.spec.ts: reflections › saved on the way out',
      '13 passed, 0 failed, 1 skipped',
    ]);
  });

  it('lists nothing extra when no test was flaky', () => {
    expect(summarize(vitest, playwright('expected')).lines).toEqual(['12 passed, 0 failed, 1 skipped']);
  });

  it('counts a missing report as a failure of its suite', () => {
    const { failed, lines } = summarize(undefined, playwright('expected'));
    expect(failed).toBe(1);
    expect(lines[0]).toMatch(/unit tests did not report/);
  });
});
