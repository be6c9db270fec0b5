/**
 * Fills the `{placeholders}` of a UI string; unknown ones stay visible. Kept apart from the
 * dictionary so islands can format the strings they get as props without bundling it.
 */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
