/**
 * Builds the Pagefind search index when `astro build` is done, as Starlight does
 * (`packages/starlight/integrations/pagefind.ts`), so the build alone gives a complete site.
 *
 * Each page goes to Pagefind with a mark at the joins of its Finnish compound words, so a search
 * for a part (*raati*) finds the compound (*asiakasraati*); the files in dist/ stay as they are,
 * and the results template removes the marks. Then the words the index knows are added to the
 * search data (`haku/sanasto.json`) for "did you mean". How: README.md, "Search";
 * src/lib/compounds.ts, src/lib/spelling.ts.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildVocabulary, compoundSplitter, INDEX_JOIN, markCompounds } from '../lib/compounds';
import { SEARCH_DATA_PATH, type SearchData } from '../lib/search-help';
import { suggestionWords, wordsOf } from '../lib/spelling';

/** Markup that is not text: tags, comments, and scripts and styles with their contents. */
const NOT_TEXT = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;

/** Calls `onText` with each run of text between tags; returns the page with the runs it gives back. */
function mapText(html: string, onText: (text: string) => string): string {
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

/** Throws the errors of a Pagefind response, each named with what was being done. */
function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length) throw new Error(`Pagefind could not ${doing}: ${response.errors.join('; ')}`);
  return response;
}

/** The text Pagefind stored of each page (its fragments), joins unmarked, for the word counts. */
function indexedWords(files: pagefind.IndexFile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) {
    if (!file.path.endsWith('.pf_fragment')) continue;
    // A fragment is gzipped JSON after Pagefind's signature.
    const json = gunzipSync(file.content)
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const { content, meta } = JSON.parse(json) as { content: string; meta: Record<string, string> };
    const text = `${content} ${Object.values(meta).join(' ')}`.replaceAll(INDEX_JOIN, '');
    for (const word of wordsOf(text.toLowerCase())) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

async function buildIndex(site: string, logger: AstroIntegrationLogger) {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) => ({ sourcePath: file.split(sep).join('/'), html: readFileSync(join(site, file), 'utf8') }));

  const texts: string[] = [];
  for (const { html } of pages) {
    mapText(html, (text) => {
      texts.push(text);
      return text;
    });
  }
  const split = compoundSplitter(buildVocabulary(texts));

  const { index } = check(await pagefind.createIndex({}), 'start');
  if (!index) throw new Error('Pagefind could not start');
  // A learning platform serves files, not folders: results of the LMS build link to index.html.
  const lms = process.env.LMS === '1';
  for (const { sourcePath, html } of pages) {
    const content = mapText(html, (text) => markCompounds(text, split));
    check(await index.addHTMLFile(lms ? { url: `/${sourcePath}`, content } : { sourcePath, content }), `index ${sourcePath}`);
  }
  const { files } = check(await index.getFiles(), 'list its files');
  // A stale bundle from an earlier run would leave its fragments behind.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  check(await index.writeFiles({ outputPath: join(site, 'pagefind') }), 'write its index');

  // The search data page (src/pages/haku/sanasto.json.ts) has the glossary and the modules; the
  // words come from the index, so a suggestion is always a word the index can find.
  const dataFile = join(site, SEARCH_DATA_PATH);
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as SearchData;
  data.words = suggestionWords(indexedWords(files));
  writeFileSync(dataFile, JSON.stringify(data));
  logger.info(`indexed ${pages.length} pages; ${data.words.length} words for suggestions`);
}

/** The integration: index the built site, or fail the build with Pagefind's reason. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'course-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await buildIndex(fileURLToPath(dir), logger);
        } catch (cause) {
          throw new Error('Building the search index failed.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
