// Builds the Pagefind search index of the built site (after `astro build`).
import * as pagefind from 'pagefind';

const site = process.env.ASTRO_OUT_DIR ?? 'dist';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages into ${site}/pagefind`);
await pagefind.close();
