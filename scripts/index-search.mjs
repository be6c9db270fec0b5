// Builds the Pagefind search index of the built site (after `astro build`). Each page goes to
// Pagefind with a mark at the joins of its Finnish compound words, so a search for a part
// (*raati*) finds the compound (*asiakasraati*); the files in dist/ stay as they are, and the
// results template removes the marks.
// How the words are split: src/lib/compounds.ts and README.md, "Search".
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { buildVocabulary, compoundSplitter, markCompounds } from '../src/lib/compounds.ts';

const site = process.env.ASTRO_OUT_DIR ?? 'dist';
// A learning platform serves files, not folders: results of the LMS build link to index.html.
const lms = process.env.LMS === '1';

/** Markup that is not text: tags, comments, and scripts and styles with their contents. */
const NOT_TEXT = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;

/** Calls `onText` with each run of text between tags; returns the page with the runs it gives back. */
function mapText(html, onText) {
  let out = '';
  let at = 0;
  // Filter values must read exactly as on the page: the filter's own text is left alone.
  let inFilter = false;
  for (const { 0: markup, index } of html.matchAll(NOT_TEXT)) {
    out += (inFilter ? html.slice(at, index) : onText(html.slice(at, index))) + markup;
    at = index + markup.length;
    if (markup.startsWith('<')) inFilter = /\sdata-pagefind-filter=/.test(markup) && !markup.startsWith('</');
  }
  return out + onText(html.slice(at));
}

const pages = readdirSync(site, { recursive: true })
  .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
  .map((file) => ({ sourcePath: file.split(sep).join('/'), html: readFileSync(join(site, file), 'utf8') }));

const texts = [];
for (const { html } of pages) mapText(html, (text) => (texts.push(text), text));
const split = compoundSplitter(buildVocabulary(texts));

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
for (const { sourcePath, html } of pages) {
  const content = mapText(html, (text) => markCompounds(text, split));
  const added = await index.addHTMLFile(lms ? { url: `/${sourcePath}`, content } : { sourcePath, content });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}/${sourcePath}: ${added.errors.join('; ')}`);
}
// A stale bundle from an earlier run would leave its fragments behind.
rmSync(join(site, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${pages.length} pages into ${site}/pagefind`);
await pagefind.close();
