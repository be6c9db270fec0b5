// The base path the browser tests build and serve the site under: a sub-path, so a link that
// assumes the site root fails a test. The one place it is written; BASE_PATH overrides it.

/** The default sub-path of the browser-test build. */
export const E2E_BASE = '/koulutus/osallisuus/';

/** The base path of this test run: BASE_PATH if set, else E2E_BASE. */
export const e2eBase = () => process.env.BASE_PATH ?? E2E_BASE;
