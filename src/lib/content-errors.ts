/**
 * Content errors in Finnish, naming the file, the line and the field, for the checks the build
 * runs before Astro loads the content (see src/data/loaders.ts). Pure: files come in as text.
 * @see issue 17 point 7
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** One content file: its path as the author knows it (`content/modules.yaml`) and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

const zodFi = z.locales.fi().localeError;

/**
 * Zod's messages in Finnish (its own `fi` locale), with two said more plainly: a missing field,
 * and an unknown `type` of a question (zod's Finnish for it is just "invalid union").
 */
export const finnishErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'pakollinen kenttä puuttuu';
  const options = (issue as { options?: unknown[] }).options;
  if (issue.code === 'invalid_union' && Array.isArray(options)) {
    return `tuntematon arvo; sallitut arvot ovat ${options.map((o) => JSON.stringify(o)).join(', ')}`;
  }
  return zodFi(issue);
};

/** A parsed YAML text with what is needed to name lines. */
interface Parsed {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before the YAML in its file (an MDX file's opening `---`). */
  offset: number;
  text: string;
}

function parse(text: string, offset: number): Parsed {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true }), lines, offset, text };
}

/** The line of the deepest node on `path` that exists (a missing field: the line of its parent). */
function lineOf({ doc, lines, offset }: Parsed, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true);
    const start = (node as { range?: [number] } | null | undefined)?.range?.[0];
    if (start !== undefined) return lines.linePos(start).line + offset;
  }
  return 1 + offset;
}

/** What the commonest YAML mistakes mean, by the `yaml` package's error code. */
const yamlHints: Record<string, string> = {
  MISSING_CHAR: 'jokin merkki puuttuu, esimerkiksi lopettava lainausmerkki tai sulje',
  BAD_INDENT: 'sisennys on väärin',
  BAD_SCALAR_START: 'arvo alkaa merkillä, joka pitää kirjoittaa lainausmerkkeihin',
  DUPLICATE_KEY: 'sama kenttä on kirjoitettu kahdesti',
  MULTILINE_IMPLICIT_KEY: 'kaksoispiste tai sisennys puuttuu',
  BLOCK_AS_IMPLICIT_KEY: 'kaksoispiste tai sisennys puuttuu',
  TAB_AS_INDENT: 'sisennyksessä on sarkain; käytä välilyöntejä',
};

/** The first YAML syntax error with its line (later ones usually follow from it). */
function syntaxErrors(file: string, parsed: Parsed): string[] {
  return parsed.doc.errors.slice(0, 1).map((e) => {
    // An unclosed quote or bracket is noticed at the end of the text: name the last written line.
    const written = parsed.text.trimEnd().split('\n').length;
    const line = Math.min(e.linePos?.[0].line ?? 1, written) + parsed.offset;
    return `${file}:${line}: YAML-muoto on rikki: ${yamlHints[e.code] ?? 'tarkista sisennys, lainausmerkit ja kaksoispisteet'} (${e.code})`;
  });
}

/** Schema issues, each naming the line and the field. */
function schemaErrors(
  file: string,
  parsed: Parsed,
  schema: z.ZodType,
  value: unknown,
  base: (string | number)[] = [],
  label = '',
): string[] {
  const result = schema.safeParse(value, { error: finnishErrors });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = [...base, ...issue.path] as (string | number)[];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const at = key === undefined ? path : [...path, key];
      const field = at.slice(base.length).join('.') || '(koko tietue)';
      const message = key === undefined ? issue.message : 'tuntematon kenttä (kirjoitusvirhe?)';
      return `${file}:${lineOf(parsed, at)}: ${label}${field}: ${message}`;
    });
  });
}

/** The YAML frontmatter of an MDX file and the lines before it, or undefined if it has none. */
function frontmatter(text: string): { yaml: string; offset: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  return m ? { yaml: m[1]!, offset: 1 } : undefined;
}

/** What a check found in one collection: the errors and each entry's id with its file. */
export interface CheckResult {
  errors: string[];
  ids: { id: string; file: string }[];
}

/**
 * Checks a collection of one entry per file (lessons' MDX frontmatter, quizzes' YAML): YAML
 * syntax, the schema, and that no two files use the same `id`.
 */
export function checkEntryFiles(files: readonly ContentFile[], schema: z.ZodType): CheckResult {
  const errors: string[] = [];
  const ids: CheckResult['ids'] = [];
  for (const { file, text } of files) {
    const front = file.endsWith('.mdx') ? frontmatter(text) : { yaml: text, offset: 0 };
    if (!front) {
      errors.push(`${file}:1: frontmatter puuttuu: tiedoston pitää alkaa rivillä ---`);
      continue;
    }
    const parsed = parse(front.yaml, front.offset);
    const syntax = syntaxErrors(file, parsed);
    if (syntax.length) {
      errors.push(...syntax);
      continue;
    }
    const data: unknown = parsed.doc.toJS();
    errors.push(...schemaErrors(file, parsed, schema, data));
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.push({ id, file });
  }
  return { errors: [...errors, ...duplicateIds(ids)], ids };
}

/** Checks a data file that lists entries (`content/modules.yaml`): YAML syntax, each entry, unique ids. */
export function checkListFile({ file, text }: ContentFile, schema: z.ZodType): CheckResult {
  const parsed = parse(text, 0);
  const syntax = syntaxErrors(file, parsed);
  if (syntax.length) return { errors: syntax, ids: [] };
  const data: unknown = parsed.doc.toJS();
  if (!Array.isArray(data))
    return { errors: [`${file}:1: tiedoston pitää olla luettelo (jokainen tietue alkaa rivillä "- id: …")`], ids: [] };
  const errors = data.flatMap((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    return schemaErrors(file, parsed, schema, item, [i], typeof id === 'string' ? `"${id}": ` : `${i + 1}. tietue: `);
  });
  const ids = data.flatMap((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [{ id, file: `${file}:${lineOf(parsed, [i])}` }] : [];
  });
  return { errors: [...errors, ...duplicateIds(ids)], ids };
}

/** An id used by two entries: the later one is named with the earlier one's place. */
function duplicateIds(ids: readonly { id: string; file: string }[]): string[] {
  const first = new Map<string, string>();
  const errors: string[] = [];
  for (const { id, file } of ids) {
    const other = first.get(id);
    if (other) errors.push(`${file}: id: "${id}" on jo käytössä (${other}); jokaisella on oltava oma id`);
    else first.set(id, file);
  }
  return errors;
}
