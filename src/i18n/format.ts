import { LOCALE } from './config';

/*
 * Fills UI strings. Kept apart from the dictionary so islands can format the strings they get as
 * props without bundling it. Plural forms are written in the dictionary in ICU message syntax,
 * `{count, plural, one {# oppitunti} other {# oppituntia}}`, and chosen by `Intl.PluralRules`
 * for the build's locale, so another language brings its own forms and rules.
 */

const plurals = new Intl.PluralRules(LOCALE.intl);
const numbers = new Intl.NumberFormat(LOCALE.intl, { maximumFractionDigits: 1 });

/** A number as the build's language writes it (`4,5` in Finnish). */
export const formatNumber = (n: number): string => numbers.format(n);

/** Items joined as the build's language lists them ("A, B ja C"). */
export const formatList = (items: readonly string[]): string => new Intl.ListFormat(LOCALE.intl, { type: 'conjunction' }).format(items);

/** A collator for sorting words (terms, citations) as the build's language sorts them. */
export const collator = (): Intl.Collator => new Intl.Collator(LOCALE.lang);

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** The branch of a plural block for `n`: an exact `=n` branch first, then the locale's category. */
function pluralBranch(branches: string, n: number): string {
  const forms = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1]!, m[2]!] as const));
  const text = forms.get(`=${n}`) ?? forms.get(plurals.select(n)) ?? forms.get('other') ?? '';
  return text.replaceAll('#', formatNumber(n));
}

/**
 * Fills the `{placeholders}` of a UI string and picks its plural forms; unknown placeholders stay
 * visible. Numbers are written in the build's language.
 */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template
    .replace(PLURAL, (match, name: string, branches: string) => {
      const n = vars[name];
      return typeof n === 'number' ? pluralBranch(branches, n) : match;
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => {
      if (!(name in vars)) return match;
      const value = vars[name]!;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
}

/**
 * A UI string split around placeholders whose values are not text (an element, for instance), so
 * a component can render `Moduuli 3: <span>…</span>` from one dictionary entry.
 */
export function formatParts<T>(template: string, vars: Record<string, string | number>, slots: Record<string, T>): (string | T)[] {
  return format(template, vars)
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in slots ? slots[name]! : part;
    });
}
