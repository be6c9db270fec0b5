/**
 * What the course adds to Pagefind's search UI, loaded with it when search opens (SearchDialog
 * lists it with the UI's files): English terms and synonyms searched as their Finnish term,
 * "did you mean" when a query finds nothing, the lesson before the glossary, a no-results state
 * with near glossary terms and the modules, and `haku/?q=…`. The logic is in src/lib/spelling.ts
 * and src/lib/search-help.ts; this file connects it to the page.
 *
 * Pagefind's Component UI has no hook between a query and its results, so the search function
 * of its instance's Pagefind API is wrapped (`__pagefind__` is set when the UI first loads the
 * index). Pagefind 1.6; tests/e2e/search.spec.ts notices if a later version changes this.
 */
import { joinBase } from '../../lib/paths';
import {
  lessonFirst,
  mergeResults,
  nearTerms,
  SEARCH_DATA_PATH,
  termForQuery,
  termOfForm,
  wordMatches,
  type SearchData,
  type WordMatch,
} from '../../lib/search-help';
import { correctQuery, wordsOf } from '../../lib/spelling';

interface RawResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; locations: number[] }>;
}
interface Results {
  results: RawResult[];
}
type Search = (term: string, options?: unknown) => Promise<Results | null>;
interface Instance {
  __pagefind__?: { search: Search } | null;
  announceRaw(message: string, priority?: 'polite' | 'assertive'): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): Instance } };
  }
}

/** What the help shows for the latest search. */
interface HelpState {
  query: string;
  /** The query whose results are shown instead, and why. */
  shown?: { query: string; reason: 'corrected' | 'few' | 'term' };
  suggestions: string[];
  /** Nothing found: near glossary terms and the modules are offered. */
  empty: boolean;
  /** No page has every word: pages with some of them are shown too. */
  partial: boolean;
}

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
const config = (searchPage ?? template?.content)?.querySelector('pagefind-config');
/**
 * The site's base path, from the search config (src/components/search/SearchConfig.astro). In the
 * LMS package it is known only here, from a link to the root's index.html made relative to this
 * page; a platform serves files, not folders, so links to folders get their index.html too.
 */
const siteRoot = config?.getAttribute('data-site-root');
const base = siteRoot ? new URL('.', new URL(siteRoot, location.href)).href : (config?.getAttribute('base-url') ?? '/');
const link = (path: string) => {
  const url = joinBase(base, path);
  return siteRoot && url.endsWith('/') ? `${url}index.html` : url;
};

const dataLoad: Promise<SearchData | undefined> = fetch(link(SEARCH_DATA_PATH))
  .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : undefined))
  .catch(() => undefined);

/** Fills `{name}` placeholders with nodes (a query in <strong>) or text. */
function sentence(text: string, values: Record<string, Node | string>): Node[] {
  return text.split(/(\{\w+\})/).map((part) => {
    const value = /^\{(\w+)\}$/.test(part) ? values[part.slice(1, -1)] : undefined;
    return value instanceof Node ? value : document.createTextNode(value ?? part);
  });
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Types a query into the search field of the help's own search UI, as the learner would. */
function searchFor(help: HTMLElement, query: string) {
  const input = help.closest('pagefind-modal, [data-search-page]')?.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
}

function render(help: HTMLElement, state: HelpState, data: SearchData) {
  const s = data.strings;
  const strong = (text: string) => el('strong', {}, text);
  const parts: Node[] = [];
  if (state.shown) {
    parts.push(el('p', { className: 'search-help__shown' }, ...sentence(s.showing!, { query: strong(state.shown.query) })));
    const why = { corrected: s.notFound!, few: s.fewFound!, term: s.termOf! }[state.shown.reason];
    parts.push(el('p', { className: 'search-help__why' }, ...sentence(why, { query: strong(state.query), term: state.shown.query })));
  }
  if (state.partial) parts.push(el('p', { className: 'search-help__why' }, s.partial!));
  if (state.suggestions.length) {
    const buttons = state.suggestions.map((q) => {
      const button = el('button', { type: 'button', className: 'search-help__suggestion' }, q);
      button.addEventListener('click', () => searchFor(help, q));
      return el('li', {}, button);
    });
    parts.push(
      el(
        'div',
        { className: 'search-help__group' },
        el('p', {}, s.didYouMean!),
        el('ul', { className: 'search-help__suggestions' }, ...buttons),
      ),
    );
  }
  if (state.empty) {
    const terms = nearTerms(state.query, data.terms);
    if (terms.length) {
      const items = terms.map((t) => el('li', {}, el('a', { href: link(`kasitteet/#${t.id}`) }, t.term)));
      parts.push(el('div', { className: 'search-help__group' }, el('p', {}, s.nearTerms!), el('ul', {}, ...items)));
    }
    const modules = data.modules.map((m) => el('li', {}, el('a', { href: link(m.path) }, m.title)));
    modules.push(el('li', {}, el('a', { href: link('kasitteet/') }, s.glossary!)));
    parts.push(el('div', { className: 'search-help__group' }, el('p', {}, s.tip!), el('p', {}, s.browse!), el('ul', {}, ...modules)));
  }
  help.replaceChildren(...parts);
  help.hidden = parts.length === 0;
}

/** Shows the state in every help panel on the page (the dialog's, or the search page's). */
function show(state: HelpState, data: SearchData, instance: Instance) {
  for (const help of document.querySelectorAll<HTMLElement>('[data-search-help]')) render(help, state, data);
  if (state.shown) {
    instance.announceRaw(data.strings.showing!.replace('{query}', state.shown.query));
  }
}

/** Words for corrections: those of the index and of every glossary term. */
let correctionWords: string[] | undefined;

const count = (results: Results | null) => results?.results.length ?? 0;

/** Pagefind's search, with the course's help around it. */
function withHelp(search: Search, instance: Instance): Search {
  return async (term, options) => {
    const data = await dataLoad;
    if (searchPage) history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname);
    if (!data || !term?.trim()) {
      for (const help of document.querySelectorAll<HTMLElement>('[data-search-help]')) help.hidden = true;
      return search(term, options);
    }
    const state: HelpState = { query: term, suggestions: [], empty: false, partial: false };
    // An English name or a synonym of a glossary term: the Finnish term finds the lessons too.
    const named = termForQuery(term, data.terms);
    if (named) state.shown = { query: named.term, reason: 'term' };
    let results = await search(state.shown?.query ?? term, options);

    // An inflected form of a glossary term that finds little: the term finds its lessons.
    const base = !named && count(results) <= 2 ? termOfForm(term, data.terms) : undefined;
    const byBase = base ? await search(base.term, options) : null;
    if (base && count(byBase) > count(results)) {
      state.shown = { query: base.term, reason: 'few' };
      results = byBase;
    } else if (!named) {
      const top = count(results) ? await results!.results[0]!.data() : undefined;
      const matches = top
        ? wordMatches(term, top.content, top.locations)
        : wordsOf(term).map((word) => ({ word, match: 'none' as WordMatch }));
      // A word Pagefind did not know finds only chance matches of a shorter beginning.
      const unknown = matches.some((m) => m.match === 'none');
      if (unknown || count(results) <= 2) {
        correctionWords ??= [...new Set([...data.words, ...data.terms.flatMap((t) => wordsOf(t.term.toLowerCase()))])];
        const exact = new Set(matches.filter((m) => m.match === 'exact').map((m) => m.word));
        const { corrected, suggestions } = correctQuery(term, correctionWords, (w) => exact.has(w));
        const better = corrected ? await search(corrected, options) : null;
        // Results for a word Pagefind knew are real: a correction must find clearly more.
        if (corrected && count(better) > (unknown ? 0 : count(results) + 1)) {
          state.shown = { query: corrected, reason: count(results) && !unknown ? 'few' : 'corrected' };
          results = better;
          state.suggestions = suggestions.filter((q) => q !== corrected);
        } else {
          state.suggestions = suggestions;
        }
      }
    }

    // All words on one page may be too much to ask: pages with some of them follow.
    const query = state.shown?.query ?? term;
    if (results && count(results) <= 2 && wordsOf(query).length > 1) {
      const single = await Promise.all(wordsOf(query).map((word) => search(word, options)));
      const merged = mergeResults(
        results.results,
        single.map((r) => r?.results ?? []),
      );
      state.partial = merged.length > results.results.length;
      results.results = merged;
    }
    state.empty = count(results) === 0;

    if (results && count(results) > 1) {
      // The glossary is one long page that names every concept: it must not push the lesson down.
      const top = results.results[0]!;
      const topIsGlossary = (await top.data()).url === link('kasitteet/');
      results.results = lessonFirst(results.results, (r) => topIsGlossary && r === top);
    }
    show(state, data, instance);
    return results;
  };
}

/** Wraps the instance's Pagefind API now, or when the UI sets it on first use. */
function install(instance: Instance) {
  const wrap = (api: Instance['__pagefind__']) => {
    if (api) api.search = withHelp(api.search.bind(api), instance);
    return api;
  };
  let api = wrap(instance.__pagefind__);
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => api,
    set: (value) => (api = wrap(value)),
  });
}

/** On the search page, a query in the address (`haku/?q=…`) is run, and the field has focus. */
async function startSearchPage() {
  await customElements.whenDefined('pagefind-input');
  const input = searchPage!.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return;
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.focus();
}

// The UI's script may run after this one: its elements are defined when it has.
customElements.whenDefined('pagefind-results').then(() => {
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;
  install(instance);
  if (searchPage) startSearchPage();
});
