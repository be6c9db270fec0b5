import { DEFAULT_LOCALE, type Locale } from './config';
import { fi, type UiKey, type UiStrings } from './fi';
import { format, formatParts } from './format';

/** The dictionary of each UI language; a new language adds its file here and in config.ts. */
const dictionaries: Record<Locale, UiStrings> = { fi };

const strings: UiStrings = dictionaries[DEFAULT_LOCALE];

/** Looks up a UI string and fills its `{placeholders}` and plural forms. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return format(strings[key], vars);
}

/** A UI string split around `slots`, placeholders filled with elements: see `formatParts`. */
export function tParts<T>(key: UiKey, vars: Record<string, string | number>, slots: Record<string, T>): (string | T)[] {
  return formatParts(strings[key], vars, slots);
}

/** The UI strings under a key prefix, named by the rest of their key: `Strings<'a'>` has `b` for `a.b`. */
export type Strings<P extends string> = { [K in UiKey as K extends `${P}.${infer Rest}` ? Rest : never]: string };

/**
 * The strings under a key prefix, e.g. `group('lessonProgress')` → `{ mark: '…', … }`. Islands
 * take their strings as a prop built with this on the server, so the whole dictionary stays out
 * of the JavaScript every page loads.
 */
export function group<P extends string>(prefix: P): Strings<P> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) {
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = value;
  }
  return out as Strings<P>;
}

export type { UiKey };
export { format, formatParts } from './format';
