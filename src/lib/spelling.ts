/**
 * "Did you mean": corrections of misspelt search words from the course's own vocabulary.
 *
 * Pagefind matches word beginnings and Finnish stems but has no fuzzy matching, so one wrong
 * letter early in a word (*asiakasrati*, *osalisuus*) finds nothing. The words the index knows
 * are collected at build time (`suggestionWords`) and a query word that finds nothing is
 * compared with them by edit distance (`closestWords`): letters swapped, missing, doubled or
 * wrong each cost one edit, a doubled or undoubled letter half of one, ä/ö/å typed as a/o cost
 * nothing, and an inflectional ending after a known word costs a little (*asiakasraadissa* is
 * near *asiakasraati*).
 *
 * No DOM and no file access: callers pass the words in.
 */

/** Letters compared as equal: a student on a foreign keyboard types ä/ö/å as a/o. */
const FOLD: Record<string, string> = { ä: 'a', å: 'a', ö: 'o' };

/** Lowercases a word and folds ä/ö/å, so that distance ignores the dots. */
export const fold = (word: string) => word.toLowerCase().replace(/[äåö]/g, (c) => FOLD[c]!);

/** Runs of letters: the words of a query or a text. */
const WORD = /\p{L}+/gu;

/** The words of a text, in order. */
export const wordsOf = (text: string) => text.match(WORD) ?? [];

export interface SpellingOptions {
  /** Shortest word that is corrected or suggested: short words are too near each other. */
  minLength: number;
  /** Longest inflectional ending allowed after a known word, in letters. */
  maxEnding: number;
  /** Cost of each letter of such an ending. */
  endingCost: number;
}

export const SPELLING: SpellingOptions = { minLength: 5, maxEnding: 4, endingCost: 0.25 };

/** Edits allowed for a query word of this length: one in a short word, more in a long compound. */
export const maxEdits = (length: number) => (length >= 14 ? 3 : length >= 8 ? 2 : 1);

/**
 * Distance from a query word to a word of the course, both folded: the optimal string alignment
 * distance (Damerau–Levenshtein without repeated edits of one substring), where inserting or
 * deleting a letter next to the same letter costs 0.5, and an ending one of them has after the
 * other costs `endingCost` a letter, at most `maxEnding` letters. Returns Infinity when the
 * distance is over `limit`.
 */
export function distance(query: string, word: string, limit: number, options: SpellingOptions = SPELLING): number {
  const n = query.length;
  const m = word.length;
  // Each edit costs at least half: lengths further apart than that cannot be within the limit.
  if (Math.abs(n - m) > 2 * limit + options.maxEnding) return Infinity;
  // rows[i][j]: cost of turning query[0, i) into word[0, j); three rows suffice for a transposition.
  let before = new Array<number>(m + 1).fill(0);
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  const doubled = (s: string, i: number) => s[i] === s[i - 1] || s[i] === s[i + 1];
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + (doubled(word, j - 1) ? 0.5 : 1);
  let best = Infinity;
  for (let i = 1; i <= n; i++) {
    current[0] = previous[0]! + (doubled(query, i - 1) ? 0.5 : 1);
    let rowMin = current[0];
    for (let j = 1; j <= m; j++) {
      const same = query[i - 1] === word[j - 1];
      let cost = Math.min(
        previous[j - 1]! + (same ? 0 : 1),
        previous[j]! + (doubled(query, i - 1) ? 0.5 : 1),
        current[j - 1]! + (doubled(word, j - 1) ? 0.5 : 1),
      );
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1]) {
        cost = Math.min(cost, before[j - 2]! + 1);
      }
      current[j] = cost;
      rowMin = Math.min(rowMin, cost);
    }
    // The query's letters after position i are an ending after the whole course word.
    if (n - i <= options.maxEnding) best = Math.min(best, current[m]! + (n - i) * options.endingCost);
    [before, previous, current] = [previous, current, before];
    if (rowMin > limit) return best <= limit ? best : Infinity;
  }
  // Or the course word has an ending the query lacks (*luottamus* for *luottamuksen*).
  for (let j = Math.max(1, m - options.maxEnding); j < m; j++) best = Math.min(best, previous[j]! + (m - j) * options.endingCost);
  return best <= limit ? best : Infinity;
}

/** A word of the course near a query word. */
export interface Candidate {
  word: string;
  distance: number;
}

/**
 * Words of the course nearest a query word, nearest first (then the shorter, then in
 * alphabetical order), at most `limit` of them. An exact match or a known word with an ending
 * has distance 0 or only the ending's cost. A course word must cover most of the query, so
 * *asiakas* is not offered for *asiakasrati*.
 */
export function closestWords(query: string, words: readonly string[], limit = 3, options: SpellingOptions = SPELLING): Candidate[] {
  const q = fold(query);
  if (q.length < options.minLength) return [];
  const edits = maxEdits(q.length);
  const found: Candidate[] = [];
  for (const word of words) {
    if (word.length < 0.7 * q.length) continue;
    const d = distance(q, fold(word), edits, options);
    if (d !== Infinity) found.push({ word, distance: d });
  }
  return found.sort((a, b) => a.distance - b.distance || a.word.length - b.word.length || (a.word < b.word ? -1 : 1)).slice(0, limit);
}

/** Two words are forms of one when they share all but the last three letters of the shorter. */
const sameWord = (a: string, b: string) => {
  const head = Math.max(5, Math.min(a.length, b.length) - 3);
  return fold(a).slice(0, head) === fold(b).slice(0, head);
};

/** What to do about a query that found nothing. */
export interface Correction {
  /** The query with each unknown word replaced by its clear correction, if every one has one. */
  corrected?: string;
  /** Other spellings of the query to offer, each a query of its own, best first. */
  suggestions: string[];
}

/**
 * Corrections for a query that found nothing or little. A word that the search `found`, or that
 * begins a course word, is kept; another word is replaced by its nearest course word. The
 * correction is clear when each replaced word has one nearest word, at least half an edit nearer
 * than the next; then `corrected` is the query to search at once. `suggestions` are whole
 * queries, one per candidate of the first replaced word (the others get their best).
 */
export function correctQuery(
  query: string,
  words: readonly string[],
  found: (word: string) => boolean = () => false,
  options: SpellingOptions = SPELLING,
): Correction {
  const folded = words.map(fold);
  /**
   * A word Pagefind finds: a course word or its beginning. Another form of a course word is not
   * told apart from a misspelling here (*vertaistukki* looks like an inflection); it gets its
   * base form, which finds the same pages.
   */
  const isKnown = (part: string) => folded.some((w) => w.startsWith(fold(part)));
  // Forms of one word (*kokemusasiantuntija*, *…jat*, *…joiden*) are one choice: the nearest.
  const distinct = (near: Candidate[]) => near.filter((n, i) => !near.slice(0, i).some((m) => sameWord(m.word, n.word)));
  const choices = wordsOf(query).map((part) => {
    const known = part.length < options.minLength || found(part) || isKnown(part);
    return { part, known, near: known ? [] : distinct(closestWords(part, words, 6, options)).slice(0, 3) };
  });
  const unknown = choices.filter((c) => !c.known);
  if (unknown.length === 0 || unknown.some((c) => c.near.length === 0)) return { suggestions: [] };
  const withWord = (choice: (typeof choices)[number], word: string) =>
    choices.map((c) => (c === choice ? word : c.known ? c.part : c.near[0]!.word)).join(' ');
  const first = unknown[0]!;
  const suggestions = first.near.map((n) => withWord(first, n.word));
  const clear = unknown.every((c) => c.near.length === 1 || c.near[1]!.distance - c.near[0]!.distance >= 0.5);
  return { corrected: clear ? suggestions[0] : undefined, suggestions };
}

/**
 * The words to ship for corrections, from how often each word occurs in the indexed text: those
 * of at least `minLength` letters seen at least `minCount` times. A word seen once or twice is
 * seldom searched, and the list stays a few kilobytes; the glossary's terms are added in the
 * browser, whatever their count. Other forms of a word need not be listed: an ending costs little
 * in `distance`, and Pagefind's stemming finds them.
 */
export function suggestionWords(counts: ReadonlyMap<string, number>, minCount = 4, options: SpellingOptions = SPELLING): string[] {
  return [...counts]
    .filter(([word, n]) => n >= minCount && word.length >= options.minLength && !/\d/.test(word))
    .map(([word]) => word)
    .sort();
}
