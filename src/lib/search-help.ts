/**
 * What the search adds to Pagefind: English terms and synonyms of the glossary, glossary terms
 * near a query that found nothing, and the order of lessons and the glossary in the results.
 * The data comes from `haku/sanasto.json`, loaded when search opens (src/pages/haku/sanasto.json.ts
 * and src/integrations/search-index.ts write it).
 *
 * No DOM: the search page's script (src/components/search/search-help.ts) calls these.
 */
import { collator } from '../i18n/format';
import { INDEX_JOIN } from './compounds';
import { distance, fold, maxEdits, wordsOf } from './spelling';

/** Terms sort as the course's language sorts words. */
const byWord = collator();

/** Where the search data is, inside the site. */
export const SEARCH_DATA_PATH = 'haku/sanasto.json';

/** A glossary term as search knows it. */
export interface SearchTerm {
  /** The entry's id: its anchor on the glossary page. */
  id: string;
  term: string;
  /** English equivalents. */
  en: string[];
  /** Other names of the same thing. */
  synonyms: string[];
  /** Inflected and other forms of the term (the glossary's `forms`). */
  forms: string[];
}

/** A module to browse when nothing is found: its title and its page, inside the site. */
export interface SearchModule {
  title: string;
  path: string;
}

/** The search data file. */
export interface SearchData {
  /** Words of the index for corrections, sorted (src/lib/spelling.ts, `suggestionWords`). */
  words: string[];
  terms: SearchTerm[];
  modules: SearchModule[];
  /** The UI strings of the help, `searchHelp.*` of src/i18n/fi.ts without the prefix. */
  strings: Record<string, string>;
}

/** A name as compared: folded, without spaces, hyphens or other marks (*co-design* = *codesign*). */
const key = (name: string) => wordsOf(fold(name)).join('');

/**
 * The glossary term a query names in English or by a synonym (*peer support* → *vertaistuki*),
 * also with one slip in a long name. The course text is Finnish, so searching the Finnish term
 * finds the lessons that teach it, not only the glossary entry.
 */
/**
 * The glossary term one of whose forms the query is, exactly: Pagefind's stemming does not join
 * every inflected form to its base (consonant gradation: *asiakasraadin* and *asiakasraati*), so
 * when such a form finds little, the term itself is searched.
 */
export function termOfForm(query: string, terms: readonly SearchTerm[]): SearchTerm | undefined {
  const q = key(query);
  return q ? terms.find((t) => key(t.term) !== q && t.forms.some((f) => key(f) === q)) : undefined;
}

export function termForQuery(query: string, terms: readonly SearchTerm[]): SearchTerm | undefined {
  const q = key(query);
  if (!q) return undefined;
  let best: { term: SearchTerm; d: number } | undefined;
  for (const term of terms) {
    for (const name of [...term.en, ...term.synonyms]) {
      const k = key(name);
      const d = k === q ? 0 : k.length >= 8 ? distance(q, k, 1, { minLength: 0, maxEnding: 0, endingCost: 0 }) : Infinity;
      if (d < (best?.d ?? Infinity)) best = { term, d };
    }
  }
  return best?.term;
}

/**
 * Glossary terms near a query that found nothing: a word of the query is near a word of the
 * term, of its English names or synonyms (edits as in `closestWords`), or begins one. Nearest
 * first, at most `limit`.
 */
export function nearTerms(query: string, terms: readonly SearchTerm[], limit = 5): SearchTerm[] {
  const parts = wordsOf(fold(query)).filter((p) => p.length >= 4);
  const scored: Array<{ term: SearchTerm; d: number }> = [];
  for (const term of terms) {
    const names = wordsOf(fold([term.term, ...term.en, ...term.synonyms].join(' ')));
    let d = Infinity;
    for (const part of parts) {
      for (const name of names) {
        d = Math.min(d, name.startsWith(part) ? 0 : distance(part, name, maxEdits(part.length)));
      }
    }
    if (d !== Infinity) scored.push({ term, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || byWord.compare(a.term.term, b.term.term))
    .slice(0, limit)
    .map((s) => s.term);
}

/** How a word of the query was found in a result: as typed, only by its beginning, or not. */
export type WordMatch = 'exact' | 'beginning' | 'none';

/** Letters of a Finnish case ending (*raati·in*, *osallisuu·tta*) allowed on either side. */
const ENDING = 3;

/**
 * How Pagefind found each word of the query in a result, from the words at the result's
 * `locations` (its `content` split at spaces). Pagefind falls back to ever shorter beginnings of a
 * word it does not know, so *osalisuus* "finds" *osa* and *kokemsuasiantuntija* finds *kokeen*
 * ('none'); *asiakasrati* finds *asiakasraateja* by all but its last three letters ('beginning');
 * 'exact' is the word itself, with a case ending more or less, or with another last letter
 * (*luottamuksen* finds *luottamukselle*).
 */
export function wordMatches(query: string, content: string, locations: readonly number[]): Array<{ word: string; match: WordMatch }> {
  const tokens = content.split(/\s+/);
  const matched = locations.map((l) => wordsOf(fold((tokens[l] ?? '').replaceAll(INDEX_JOIN, ''))).join(''));
  return wordsOf(query).map((word) => {
    const q = fold(word);
    // The word itself, a form with a case ending more (or less), or one that differs only in its last letter.
    const exact = (m: string) =>
      m.startsWith(q) || m.startsWith(q.slice(0, -1)) || (m.length >= 5 && q.startsWith(m) && q.length - m.length <= ENDING);
    const head = q.slice(0, Math.max(5, q.length - ENDING));
    const match: WordMatch = matched.some(exact) ? 'exact' : matched.some((m) => m.startsWith(head)) ? 'beginning' : 'none';
    return { word, match };
  });
}

/**
 * `primary` results, then those of each list in `extra` in turn (the best of each, then the next
 * of each, …), without repeats: for a query of several words that finds little, the pages of
 * each word follow those with all of them, the first word's first.
 */
export function mergeResults<T extends { id: string }>(primary: readonly T[], extra: ReadonlyArray<readonly T[]>): T[] {
  const seen = new Set(primary.map((r) => r.id));
  const out = [...primary];
  for (let i = 0; extra.some((list) => i < list.length); i++) {
    for (const list of extra) {
      const r = list[i];
      if (r && !seen.has(r.id)) {
        out.push(r);
        seen.add(r.id);
      }
    }
  }
  return out;
}

/**
 * Results with the glossary page moved below the first lesson, if it came first: the lesson
 * that teaches a concept should lead, and its glossary entry still shows right after it.
 */
export function lessonFirst<T>(results: readonly T[], isGlossary: (result: T) => boolean): T[] {
  if (results.length < 2 || !isGlossary(results[0]!)) return [...results];
  return [results[1]!, results[0]!, ...results.slice(2)];
}
