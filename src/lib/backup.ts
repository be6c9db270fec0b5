import {
  DATA_VERSION,
  isDate,
  isId,
  KINDS,
  type KindName,
  type KindSpec,
  type LearnerData,
  type MapKindName,
  type SingleKindName,
  type ValueOf,
} from './learner-data';

// ---- every kind alike (here, not in learner-data.ts: only Omat tiedot needs these) ----

export const KIND_NAMES = Object.keys(KINDS) as KindName[];
export const isMapKind = (name: KindName): name is MapKindName => KINDS[name].shape === 'map';

/** A kind seen without its value type, for code that treats every kind alike (parse, merge, replace). */
export const kindOf = (name: KindName): KindSpec<unknown> => KINDS[name];

/**
 * Builds one value per kind, e.g. learner data from the stores. The one place where the pairing
 * of each kind with its value type is asserted (Object.fromEntries cannot keep it); each `make`
 * result is a checked or store-typed value of that kind.
 */
export function perKind<R extends { [K in KindName]?: unknown }>(make: (name: KindName) => unknown): R {
  const out: Record<string, unknown> = {};
  for (const name of KIND_NAMES) {
    const value = make(name);
    if (value !== undefined) out[name] = value;
  }
  return out as R;
}

/** No data at all: what "delete all" leaves. */
export const emptyData = (): LearnerData => ({ lessons: {}, quizzes: {}, reflections: {}, assignments: {}, positions: {} });

/** A line of the Omat tiedot summary: a `dataSummary.*` string and the number (or name) it shows. */
export type SummaryLine = readonly [
  line: 'lessons' | 'visited' | 'quizzes' | 'reflections' | 'assignments' | 'name',
  value: number | string,
];

/** How a kind of data is joined, bounded and counted in a backup. */
interface BackupRule<T, Items> {
  /** Joins a value already stored with an imported one, losing nothing of either. */
  merge: (current: T, incoming: T) => T;
  /** Most items a backup may hold: a file far larger is not a real backup. */
  max: number;
  /** What the data holds, counted for people (none: not shown in the summary). */
  summary?: (items: Items) => SummaryLine[];
}

/** The later of two time stamps (ISO strings sort as times). */
const newer = <T>(a: T, b: T, at: (x: T) => string): T => (at(b) > at(a) ? b : a);
const earlier = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a < b ? a : b);

/**
 * Each kind's backup rule; a kind without one fails the type check. The merge rules (an import
 * "merged" into what is stored):
 * - lessons: the earliest visit and the earliest completion of either;
 * - quizzes: the latest attempt (its score, verdict and answers), the larger attempt count (the
 *   two are usually copies of one history) and the best score of either, so `bestPercent` is
 *   never below the shown `percent`;
 * - reflections, positions, last lesson: the most recently written;
 * - assignments and name: the one already stored is kept.
 */
export const BACKUP_RULES = {
  lessons: {
    merge: (c, p) => dropUndefined({ visitedAt: earlier(c.visitedAt, p.visitedAt), completedAt: earlier(c.completedAt, p.completedAt) }),
    max: 1000,
    summary: (items) => [
      ['lessons', items.filter((p) => p.completedAt).length],
      ['visited', items.length],
    ],
  },
  quizzes: {
    merge: (c, q) => ({
      ...newer(c, q, (x) => x.at),
      attempts: Math.max(c.attempts, q.attempts),
      bestPercent: Math.max(c.bestPercent, q.bestPercent),
    }),
    max: 1000,
    summary: (items) => [['quizzes', items.length]],
  },
  reflections: {
    merge: (c, r) => newer(c, r, (x) => x.updatedAt),
    max: 1000,
    // A draft of whitespace alone is no answer.
    summary: (items) => [['reflections', items.filter((r) => r.text.trim()).length]],
  },
  assignments: { merge: (c) => c, max: 200, summary: (items) => [['assignments', items.length]] },
  positions: { merge: (c, p) => newer(c, p, (x) => x.at), max: 1000 },
  last: { merge: (c, p) => newer(c, p, (x) => x.at), max: 1 },
  name: { merge: (c, p) => c || p, max: 1, summary: (name) => (name ? [['name', name]] : []) },
} satisfies { [K in MapKindName]: BackupRule<ValueOf<K>, ValueOf<K>[]> } & { [K in SingleKindName]: BackupRule<ValueOf<K>, ValueOf<K>> };

/** A kind's rule seen without its value type, for code that treats every kind alike. */
const ruleOf = (name: KindName) => BACKUP_RULES[name] as BackupRule<unknown, unknown>;

/** Marks a file as this course's backup, so another JSON file is refused with a clear reason. */
export const BACKUP_FORMAT = 'asiakasosallisuus-varmuuskopio';
/** A real backup is a few hundred kilobytes at most; anything far larger is not one. */
export const MAX_BACKUP_BYTES = 2_000_000;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  data: LearnerData;
}

/** Why a file was refused; the UI turns each into a Finnish message. */
export type BackupError =
  | { reason: 'too-large'; bytes: number }
  | { reason: 'not-json' }
  | { reason: 'not-backup' }
  | { reason: 'newer'; version: number }
  | { reason: 'too-many'; section: KindName; max: number }
  | { reason: 'invalid'; section: string; key?: string };

export type BackupResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

/** The backup file of the learner's data. */
export function createBackup(data: LearnerData, now = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: DATA_VERSION, exportedAt: now.toISOString(), data };
}

/** A file name like `asiakasosallisuus-varmuuskopio-2026-11-23.json`. */
export const backupFileName = (now = new Date()) => `${BACKUP_FORMAT}-${now.toISOString().slice(0, 10)}.json`;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const FILE_FIELDS = ['format', 'version', 'exportedAt', 'data'];
const refuse = (error: BackupError): BackupResult => ({ ok: false, error });

/**
 * Reads a backup file's text. Refuses, with the reason, a file that is too large, not JSON, not
 * this course's backup, from a newer version of the course, with too many entries, or with any
 * field or entry it does not know or of the wrong shape (ids such as `__proto__` and
 * `constructor` included): an import takes the whole file or nothing. Never throws.
 */
export function parseBackup(text: string): BackupResult {
  try {
    return parse(text);
  } catch {
    // Nothing valid makes the checks throw; a pathological file (say, nesting deep enough to
    // exhaust the stack) is simply not a backup.
    return refuse({ reason: 'not-backup' });
  }
}

function parse(text: string): BackupResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BACKUP_BYTES) return refuse({ reason: 'too-large', bytes });
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse({ reason: 'not-json' });
  }
  if (!isPlainObject(file) || file.format !== BACKUP_FORMAT || !Object.keys(file).every((k) => FILE_FIELDS.includes(k))) {
    return refuse({ reason: 'not-backup' });
  }
  const { version, exportedAt, data } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ reason: 'not-backup' });
  if (version > DATA_VERSION) return refuse({ reason: 'newer', version });
  if (exportedAt !== undefined && !isDate(exportedAt)) return refuse({ reason: 'invalid', section: 'data' });
  if (!isPlainObject(data)) return refuse({ reason: 'invalid', section: 'data' });
  const unknownSection = Object.keys(data).find((k) => !Object.hasOwn(KINDS, k));
  if (unknownSection !== undefined) return refuse({ reason: 'invalid', section: 'data', key: unknownSection });

  const out: Partial<Record<KindName, unknown>> = {};
  for (const name of KIND_NAMES) {
    const kind = kindOf(name);
    const { max } = ruleOf(name);
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (!isMapKind(name)) {
      if (value !== undefined && !kind.check(value)) return refuse({ reason: 'invalid', section: name });
      out[name] = value;
      continue;
    }
    const entries = value === undefined ? {} : value;
    if (!isPlainObject(entries)) return refuse({ reason: 'invalid', section: name });
    const ids = Object.keys(entries);
    if (ids.length > max) return refuse({ reason: 'too-many', section: name, max });
    for (const id of ids) if (!isId(id) || !kind.check(entries[id])) return refuse({ reason: 'invalid', section: name, key: id });
    out[name] = entries;
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version, exportedAt: exportedAt ?? '', data: perKind<LearnerData>((name) => out[name]) },
  };
}

/**
 * Joins imported data into the current data without losing anything of either, item by item with
 * each kind's merge rule (see `KINDS`). Linear in the number of items.
 */
export function mergeData(current: LearnerData, incoming: LearnerData): LearnerData {
  return perKind<LearnerData>((name) => {
    const { merge } = ruleOf(name);
    const c: unknown = current[name];
    const i: unknown = incoming[name];
    if (!isMapKind(name)) return c === undefined ? i : i === undefined ? c : merge(c, i);
    const out: Record<string, unknown> = { ...(c as Record<string, unknown>) };
    for (const [id, value] of Object.entries(i as Record<string, unknown>)) {
      // Only ids: an own `__proto__` key (JSON.parse makes one) would replace the object's prototype.
      if (isId(id)) out[id] = Object.hasOwn(out, id) ? merge(out[id], value) : value;
    }
    return out;
  });
}

/** What a set of learner data holds, counted for people: shown before an import and beside the export. */
export function summarize(data: LearnerData): SummaryLine[] {
  return KIND_NAMES.flatMap((name) => {
    const { summary } = ruleOf(name);
    const value: unknown = data[name];
    if (!summary) return [];
    if (isMapKind(name)) return summary(Object.values(value as Record<string, unknown>));
    return value === undefined ? [] : summary(value);
  });
}

function dropUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
