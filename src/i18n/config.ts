/**
 * The UI languages and the one this build renders. Everything that depends on the language —
 * the dictionary `t()` reads, `<html lang>`, number and date formats, plural rules, sorting —
 * takes it from here, so a second language is a dictionary file plus an entry below.
 * See docs/ARCHITECTURE.md, "Add a UI language".
 */
export interface LocaleConfig {
  /** BCP 47 tag for `<html lang>` and Pagefind's stemming. */
  lang: string;
  /** Locale for `Intl` (numbers, plural rules, sorting). */
  intl: string;
  /** URL prefix under the base path: '' for the default language, 'sv/' for Swedish. */
  prefix: string;
}

export const LOCALES = {
  fi: { lang: 'fi', intl: 'fi-FI', prefix: '' },
} as const satisfies Record<string, LocaleConfig>;

export type Locale = keyof typeof LOCALES;

/** The language of the course's content and of pages without a prefix. */
export const DEFAULT_LOCALE: Locale = 'fi';

/** The language this build renders (one language per build until a second one exists). */
export const LOCALE: LocaleConfig = LOCALES[DEFAULT_LOCALE];
