/**
 * Finnish compound words for the search index.
 *
 * Pagefind stems Finnish, but it splits words only at ASCII punctuation and camelCase, so a
 * search for *osallisuus* would not find a page that says only *asiakasosallisuus*. Here the
 * course's own text is the dictionary: a long word is split where every part occurs in the
 * course as a word on its own, and the text given to Pagefind gets `INDEX_JOIN` at each join,
 * which Pagefind indexes as the whole word plus each part.
 * @see https://github.com/Pagefind/pagefind/blob/main/pagefind/src/fossick/splitting.rs
 *
 * No DOM and no file access: callers pass the text in.
 */

/**
 * What the search index has at a compound's join. Pagefind 1.6 indexes a word with ASCII
 * punctuation inside both whole and in parts (not at `_`, and not at a soft hyphen); Finnish
 * text never has two tildes in a row, so the results template can remove every `~~`.
 */
export const INDEX_JOIN = '~~';

export interface CompoundOptions {
  /** Shortest part, in letters: shorter parts (*osa*, *työ*) match too much by accident. */
  minPart: number;
  /**
   * Two words are forms of one word when they share a beginning of at least `minStem` letters,
   * after which the base form has at most `ending` letters and the other at most `inflection`
   * (*raati* · *raateja*, *tilanne* · *tilanteet*, *asiantuntija* · *asiantuntijoiden*).
   * Shorter stems let suffixes pass for words (*muuta·malla* is not about *malli*).
   */
  minStem: number;
  ending: number;
  inflection: number;
}

export const DEFAULT_OPTIONS: CompoundOptions = { minPart: 4, minStem: 5, ending: 3, inflection: 6 };

/**
 * Linking forms of a compound's first part that differ from any word of their own: a word in
 * *-nen* joins as *-s-* (*yhteinen* → *yhteis*kehittäminen, *määrääminen* → itse*määräämis*oikeus).
 * Followed by *uu* or *yy* the same *-s-* is a derivation, not a join: *osallinen* → *osallisuus*
 * (not *osallis* + *uus*).
 */
const LINKING_FORMS: ReadonlyArray<{ join: string; word: string; notBefore: RegExp }> = [{ join: 's', word: 'nen', notBefore: /^(uu|yy)/ }];

/** Runs of letters: what a word is for splitting (digits and punctuation end a word). */
const WORD = /\p{L}+/gu;

/** Shorter first, then alphabetical: the order in which one form is the base of another. */
const before = (a: string, b: string) => a.length < b.length || (a.length === b.length && a < b);

/** The words a splitter may use as parts. */
export interface Vocabulary {
  /** Every word of the text, lowercased, except names (see `buildVocabulary`). */
  words: ReadonlySet<string>;
  /** For every word beginning of at least `minStem` letters, the first word (see `before`) with it. */
  firstByPrefix: ReadonlyMap<string, string>;
}

/** What may come before a capital that begins a sentence or a heading, list item or quote. */
const SENTENCE_START = /(^|[.!?:;…–—"'”»(])\s*$/u;

/**
 * Collects the words of the given texts (the course's own text) into a vocabulary. A word
 * capitalised in mid-sentence is a name (*Neuvottelussa Ella kertoi*), not a part of compounds.
 */
export function buildVocabulary(texts: Iterable<string>, options: CompoundOptions = DEFAULT_OPTIONS): Vocabulary {
  const words = new Set<string>();
  for (const text of texts) {
    for (const { 0: word, index } of text.matchAll(WORD)) {
      const lower = word.toLowerCase();
      if (word === lower || SENTENCE_START.test(text.slice(Math.max(0, index - 8), index))) words.add(lower);
    }
  }
  const firstByPrefix = new Map<string, string>();
  for (const word of words) {
    for (let end = options.minStem; end <= word.length; end++) {
      const prefix = word.slice(0, end);
      const first = firstByPrefix.get(prefix);
      if (first === undefined || before(word, first)) firstByPrefix.set(prefix, word);
    }
  }
  return { words, firstByPrefix };
}

/** A function that splits one word into its parts, or returns undefined when it is not a compound. */
export type Splitter = (word: string) => string[] | undefined;

/** Makes a splitter over a vocabulary; results are cached per word. */
export function compoundSplitter(vocabulary: Vocabulary, options: CompoundOptions = DEFAULT_OPTIONS): Splitter {
  const { words, firstByPrefix } = vocabulary;
  const { minPart, minStem, ending, inflection } = options;

  /**
   * A word of the course of which `word` is another form: it comes first (`before`) and shares
   * the longest beginning. Returns that word and the length of the shared beginning.
   */
  const baseForm = (word: string): { base: string; stem: number } | undefined => {
    for (let stem = word.length; stem >= Math.max(minStem, word.length - inflection); stem--) {
      const base = firstByPrefix.get(word.slice(0, stem));
      if (base !== undefined && before(base, word) && base.length <= stem + ending) return { base, stem };
    }
    return undefined;
  };

  /** A first or middle part followed by `rest`: a word of the course, or the linking form of one. */
  const isHead = (part: string, rest: string) =>
    words.has(part) ||
    LINKING_FORMS.some((f) => part.endsWith(f.join) && !f.notBefore.test(rest) && words.has(part.slice(0, -f.join.length) + f.word));

  /** A last part: a word of the course or another form of one (*raadin* of *raati*). */
  const isTail = (part: string) => words.has(part) || baseForm(part) !== undefined;

  /**
   * Parts of `word` (followed by `rest` when it is itself a head), or undefined. The longest
   * possible last part wins, so a part a learner would type (*asiantuntija* in
   * *kokemusasiantuntija*) stays whole; what precedes it is split further, which costs nothing
   * because Pagefind already finds a word by its beginning.
   */
  const splitParts = (word: string, rest?: string): string[] | undefined => {
    for (let cut = minPart; cut <= word.length - minPart; cut++) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!(rest === undefined ? isTail(tail) : isHead(tail, rest))) continue;
      const headParts = splitParts(head, tail) ?? (isHead(head, tail) ? [head] : undefined);
      if (headParts) return [...headParts, tail];
    }
    return undefined;
  };

  const cache = new Map<string, string[] | undefined>();

  /**
   * A word that is another form of a word of the course is split where that word is, when the
   * two share more than half of what a split would make the last part: *asiantuntijoiden* is
   * *asian·tuntija* inflected (not … + *joiden*), *tilanteet* is *tilanteen* (not *tilan* +
   * *teet*, unless *tilanteen* itself splits so). But *kokemustieto* is *kokemus* + *tieto*,
   * though *kokemusta* begins the same, and *palveluohjaus* is *palvelu* + *ohjaus*.
   */
  const splitWord = (word: string): string[] | undefined => {
    if (cache.has(word)) return cache.get(word);
    const direct = splitParts(word);
    let parts = direct;
    const form = baseForm(word);
    const lastPart = direct?.at(-1)?.length ?? 0;
    if (form && (!direct || 2 * (form.stem - (word.length - lastPart)) > lastPart)) {
      const baseParts = splitWord(form.base);
      const cuts: number[] = [];
      for (const part of baseParts?.slice(0, -1) ?? []) cuts.push((cuts.at(-1) ?? 0) + part.length);
      const last = cuts.at(-1) ?? 0;
      // The base's joins must lie in the shared beginning; otherwise the two are not one word.
      const fits = last <= form.stem && word.length - last >= minPart;
      parts = !baseParts ? undefined : fits ? [...cuts, word.length].map((end, i) => word.slice(cuts[i - 1] ?? 0, end)) : direct;
    }
    cache.set(word, parts);
    return parts;
  };

  return (word) => {
    if (word.length < 2 * minPart) return undefined;
    const parts = splitWord(word.toLowerCase());
    if (!parts) return undefined;
    // Cut the original spelling at the same places, so capitals survive.
    let at = 0;
    return parts.map((p) => {
      const part = word.slice(at, at + p.length);
      at += p.length;
      return part;
    });
  };
}

/** Puts `join` at every join of every compound in `text`; nothing else changes. */
export function markCompounds(text: string, split: Splitter, join = INDEX_JOIN): string {
  return text.replace(WORD, (word) => split(word)?.join(join) ?? word);
}
