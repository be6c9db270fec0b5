import { fi, type UiKey, type UiStrings } from './fi';

const strings: UiStrings = fi;

/** Looks up a UI string and fills its `{placeholders}`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export type { UiKey };
