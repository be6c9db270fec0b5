/**
 * The learner's data, described once: the kinds of data (`KINDS`), their storage keys and how
 * each stored value is checked. Stores, backups, replace-all, delete-all and the Omat tiedot
 * summary are all driven by `KINDS` (with each kind's backup rule in `./backup.ts`), so adding a
 * kind is one entry here, its rule and its UI (see docs/ARCHITECTURE.md). Everything is keyed by ids written in the content (lesson, quiz,
 * reflection ids), so moving a lesson file keeps its data. Pure: no DOM, no storage.
 */

/** Keys the course wrote before they were keyed by base path (issue 17.5); moved once by `adoptLegacyKeys`. */
export const LEGACY_PREFIX = 'asiakasosallisuus:';

/**
 * Prefix of every storage key of one deployment of the course. Two copies of the course served
 * under sub-paths of one origin share its storage, so the base path is part of the key: each
 * keeps its own data, and "delete all" in one leaves the other alone.
 */
export const storagePrefix = (base: string) => `asiakasosallisuus@${base}:`;

/** Version of the stored format; raise it (and add a step to MIGRATIONS) when a stored shape changes. */
export const DATA_VERSION = 1;
/** Key, after the prefix, of the stored format's version. */
export const VERSION_KEY = 'version';

export interface LessonProgress {
  visitedAt?: string;
  completedAt?: string;
}

export interface QuizResult {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  /** When the latest attempt was checked. */
  at: string;
  attempts: number;
  bestPercent: number;
  /** The latest answers by question id, so they are shown again after a reload. */
  answers: Record<string, unknown>;
}

export interface ReflectionEntry {
  text: string;
  updatedAt: string;
  /** `updatedAt` of the stored answer this text was edited from, if there was one. */
  basedOn?: string;
}

export interface AssignmentEntry {
  id: string;
  name: string;
  note?: string;
  due?: string;
  lessons: string[];
  /** Lessons of `lessons` read before the workshop, not worked on in it. */
  preReading?: string[];
  receivedAt: string;
}

export interface LastPosition {
  lessonId: string;
  at: string;
}

/** Where in a lesson the learner was reading: the id of the last heading reached. */
export interface SectionPosition {
  heading: string;
  at: string;
}

/**
 * A stored value that could not be read (corrupt JSON, wrong shape). It is kept as it was, so
 * writing the store back never overwrites what the learner had; totals ignore it.
 */
export interface Unreadable {
  unreadable: string;
}

export const isUnreadable = (value: unknown): value is Unreadable =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, 'unreadable') && Object.keys(value).length === 1;

// ---- shape checks (hand-written: a schema library would double the JavaScript of a lesson) ----

export type Check<T> = (value: unknown) => value is T;

/** Longest reflection answer; the answer field's `maxlength` is the same number. */
export const MAX_TEXT = 50_000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
/** An object with no fields but the given ones: an extra field (say `unreadable`) is refused. */
const only = (v: Record<string, unknown>, ...fields: string[]) => Object.keys(v).every((k) => fields.includes(k));
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
/** A calendar day that exists (2026-02-31 does not). */
const realDay = (y: string, m: string, d: string) => {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d;
};
/** An ISO time stamp as `toISOString` writes it, of a real moment. */
export const isDate = (v: unknown): v is string => {
  const m = typeof v === 'string' ? ISO.exec(v) : null;
  return !!m && realDay(m[1]!, m[2]!, m[3]!) && +m[4]! < 24 && +m[5]! < 60 && +m[6]! < 60;
};
/** A due date `YYYY-MM-DD` that exists. */
export const isDay = (v: unknown): v is string => {
  const m = typeof v === 'string' ? DAY.exec(v) : null;
  return !!m && realDay(m[1]!, m[2]!, m[3]!);
};
const isOptional =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | undefined =>
    v === undefined || check(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;
const isPercent = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 100;

/**
 * A safe id. Also rules out the names of `Object.prototype` members (`constructor`; `__proto__`
 * fails the pattern), which would corrupt any object the id is used as a key of.
 */
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 100 && ID.test(v) && !(v in Object.prototype);

/** A stored quiz answer (`Answer` in ./quiz.ts): a number, true/false, a short text, or a small list or map of those. Bounded, so it can be neither deep nor huge. */
const isAnswerValue = (v: unknown): boolean => {
  const leaf = (x: unknown) => (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean' || isText(x, 200);
  if (leaf(v)) return true;
  if (Array.isArray(v)) return v.length <= 100 && v.every(leaf);
  return isObject(v) && Object.keys(v).length <= 100 && Object.keys(v).every((k) => k.length <= 100) && Object.values(v).every(leaf);
};

export const isLessonProgress: Check<LessonProgress> = (v): v is LessonProgress =>
  isObject(v) && only(v, 'visitedAt', 'completedAt') && isOptional(isDate)(v.visitedAt) && isOptional(isDate)(v.completedAt);

export const isQuizResult: Check<QuizResult> = (v): v is QuizResult =>
  isObject(v) &&
  only(v, 'correct', 'total', 'percent', 'passed', 'at', 'attempts', 'bestPercent', 'answers') &&
  isCount(v.correct) &&
  isCount(v.total) &&
  v.correct <= v.total &&
  isPercent(v.percent) &&
  typeof v.passed === 'boolean' &&
  isDate(v.at) &&
  isCount(v.attempts) &&
  isPercent(v.bestPercent) &&
  v.bestPercent >= v.percent &&
  isObject(v.answers) &&
  Object.keys(v.answers).length <= 100 &&
  Object.keys(v.answers).every(isId) &&
  Object.values(v.answers).every(isAnswerValue);

export const isReflectionEntry: Check<ReflectionEntry> = (v): v is ReflectionEntry =>
  isObject(v) && only(v, 'text', 'updatedAt', 'basedOn') && isText(v.text) && isDate(v.updatedAt) && isOptional(isDate)(v.basedOn);

const isLessonList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 200 && v.every(isId);

export const isAssignmentEntry: Check<AssignmentEntry> = (v): v is AssignmentEntry =>
  isObject(v) &&
  only(v, 'id', 'name', 'note', 'due', 'lessons', 'preReading', 'receivedAt') &&
  isId(v.id) &&
  isText(v.name, 200) &&
  isOptional((x): x is string => isText(x, 2000))(v.note) &&
  isOptional(isDay)(v.due) &&
  isLessonList(v.lessons) &&
  isOptional(isLessonList)(v.preReading) &&
  isDate(v.receivedAt);

export const isLastPosition: Check<LastPosition> = (v): v is LastPosition =>
  isObject(v) && only(v, 'lessonId', 'at') && isId(v.lessonId) && isDate(v.at);

export const isSectionPosition: Check<SectionPosition> = (v): v is SectionPosition =>
  isObject(v) && only(v, 'heading', 'at') && isText(v.heading, 200) && /^[\p{L}\p{N}_-]+$/u.test(v.heading) && isDate(v.at);

export const isName = (v: unknown): v is string => isText(v, 200);

// ---- the kinds of learner data ----

/**
 * One kind of learner data. A `map` kind stores each item under its own key (`key` + item id);
 * a `single` kind is one value under `key`. How a kind is merged, bounded and counted in a backup
 * is `BACKUP_RULES` in `./backup.ts`, apart so that lesson pages do not load it; the type check
 * there fails until a new kind has its rule.
 */
export interface KindSpec<T> {
  shape: 'map' | 'single';
  /** Storage key after the prefix (a map kind's ends with `:`). */
  key: string;
  /** Shape check of one stored value; anything it refuses is unreadable. */
  check: Check<T>;
}
// biome-ignore lint/suspicious/noExplicitAny: a kind of any value type; each kind's own type is kept where it is declared
type AnyKind = KindSpec<any>;
const mapKind = <T>(key: string, check: Check<T>) => ({ shape: 'map', key, check }) as const satisfies KindSpec<T>;
const singleKind = <T>(key: string, check: Check<T>) => ({ shape: 'single', key, check }) as const satisfies KindSpec<T>;

/** Every kind of the learner's data: the stores, backups, replace-all and delete-all follow this list. */
export const KINDS = {
  lessons: mapKind('lesson:', isLessonProgress),
  quizzes: mapKind('quiz:', isQuizResult),
  reflections: mapKind('reflection:', isReflectionEntry),
  assignments: mapKind('assignment:', isAssignmentEntry),
  positions: mapKind('position:', isSectionPosition),
  last: singleKind('last', isLastPosition),
  name: singleKind('name', isName),
} satisfies Record<string, AnyKind>;

export type Kinds = typeof KINDS;
export type KindName = keyof Kinds;
/** The value one item of a kind holds. */
export type ValueOf<K extends KindName> = Kinds[K] extends KindSpec<infer T> ? T : never;
export type MapKindName = { [K in KindName]: Kinds[K]['shape'] extends 'map' ? K : never }[KindName];
export type SingleKindName = Exclude<KindName, MapKindName>;

/** All the learner's data in one object: the shape of the backup file's `data`. */
export type LearnerData = { [K in MapKindName]: Record<string, ValueOf<K>> } & { [K in SingleKindName]?: ValueOf<K> };

// ---- stored values ----

/** Turns a check into a decoder for a persisted store: unreadable values are kept, not dropped. */
export function decoder<T>(check: Check<T>) {
  return (raw: string): T | Unreadable => {
    try {
      const value: unknown = JSON.parse(raw);
      return check(value) ? value : { unreadable: raw };
    } catch {
      return { unreadable: raw };
    }
  };
}

/** The matching encoder: an unreadable value is written back exactly as it was read. */
export const encode = (value: unknown): string => (isUnreadable(value) ? value.unreadable : JSON.stringify(value));

/** The readable entries of a persisted map. */
export function readable<T>(map: Record<string, T | Unreadable>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) if (!isUnreadable(value)) out[key] = value;
  return out;
}
