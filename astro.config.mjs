// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { FILE_PROTOCOL_CHECK, HOUSE_NOSCRIPT_STYLE } from './src/lib/inline-code.mjs';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
import { searchIndex } from './src/integrations/search-index.ts';

/**
 * The course may be served under a sub-path (organisations host it under their own site),
 * so every link goes through `import.meta.env.BASE_URL`. Set BASE_PATH at build time,
 * e.g. `BASE_PATH=/koulutus/osallisuus/ npm run build`.
 */
const base = process.env.BASE_PATH ?? '/';

/**
 * The learning-platform build (`npm run build:lms`, scripts/build-lms.mjs) sets LMS=1: it adds the
 * SCORM launch page and the platform notices; the website build has neither (no extra JavaScript).
 */
const lms = process.env.LMS === '1';

/**
 * Adds the SCORM launch page (src/lms/LaunchPage.astro) to the LMS build only.
 * @type {import('astro').AstroIntegration}
 */
const lmsLaunch = {
  name: 'lms-launch',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => injectRoute({ pattern: '/oppimisalusta', entrypoint: './src/lms/LaunchPage.astro' }),
  },
};

export default defineConfig({
  base,
  // The content tests build broken fixtures; their own folders keep the real build untouched.
  ...(process.env.ASTRO_OUT_DIR && { outDir: process.env.ASTRO_OUT_DIR }),
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  trailingSlash: 'always',
  // The search index is built when the build is done, so `astro build` alone gives the whole site.
  integrations: [mdx(), preact(), searchIndex(), ...(lms ? [lmsLaunch] : [])],
  vite: { define: { 'import.meta.env.LMS': JSON.stringify(lms) } },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No request may leave the site: nothing is prefetched from elsewhere and no fonts are fetched.
  prefetch: false,
  // A strict Content-Security-Policy in a <meta> of every page, with hashes of every inline script
  // and style Astro emits (issue 17.11). Pagefind compiles its WebAssembly ('wasm-unsafe-eval')
  // and runs a worker from the site. A meta CSP cannot set frame-ancestors: see README, "Hosting".
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data: blob:",
        "worker-src 'self' blob:",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Astro hashes what it bundles, not `is:inline` code (src/lib/inline-code.mjs).
        hashes: [sha256(FILE_PROTOCOL_CHECK)],
      },
      styleDirective: { resources: ["'self'"], hashes: [sha256(HOUSE_NOSCRIPT_STYLE)] },
    },
  },
});
