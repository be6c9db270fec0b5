// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { searchIndex } from './src/integrations/search-index.ts';

/**
 * The course may be served under a sub-path (organisations host it under their own site),
 * so every link goes through `import.meta.env.BASE_URL`. Set BASE_PATH at build time,
 * e.g. `BASE_PATH=/koulutus/osallisuus/ npm run build`.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // The content tests build broken fixtures; their own folders keep the real build untouched.
  ...(process.env.ASTRO_OUT_DIR && { outDir: process.env.ASTRO_OUT_DIR }),
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  trailingSlash: 'always',
  // The search index is built when the build is done, so `astro build` alone gives the whole site.
  integrations: [mdx(), preact(), searchIndex()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No request may leave the site: nothing is prefetched from elsewhere and no fonts are fetched.
  prefetch: false,
});
