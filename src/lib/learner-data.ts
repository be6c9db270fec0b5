/**
 * The learner's data: what it is, how each stored value is checked, and how the backup file is
 * validated and merged. Everything is keyed by ids written in the content (lesson, quiz,
 * reflection ids), so moving a lesson file keeps its data. Pure: no DOM, no storage.
 */

import { quizPassed, type PassMark } from './quiz-pass';

/** Prefix of every localStorage key of the course. */
export const STORAGE_PREFIX = 'asiakasosallisuus:';
/** Version of the stored format; raise it (and add a migration) when a stored shape changes. */
export const DATA_VERSION = 1;
/** Key that holds the stored format's version. */
export const VERSION_KEY = `${STORAGE_PREFIX}version`;

/** Per-item key prefixes: every lesson, quiz, reflection and assignment is stored under its own key. */
export const KEYS = {
  lesson: `${STORAGE_PREFIX}lesson:`,
  quiz: `${STORAGE_PREFIX}quiz:`,
  reflection: `${STORAGE_PREFIX}reflection:`,
  assignment: `${STORAGE_PREFIX}assignment:`,
  last: `${STORAGE_PREFIX}last`,
  name: `${STORAGE_PREFIX}name`,
} as const;

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
}

export interface AssignmentEntry {
  id: string;
  name: string;
  note?: string;
  due?: string;
  lessons: string[];
  receivedAt: string;
}

export interface LastPosition {
  lessonId: string;
  at: string;
}

/** All the learner's data in one object: the shape of the backup file's `data`. */
export interface LearnerData {
  lessons: Record<string, LessonProgress>;
  quizzes: Record<string, QuizResult>;
  reflections: Record<string, ReflectionEntry>;
  assignments: Record<string, AssignmentEntry>;
  last?: LastPosition;
  name?: string;
}

/**
 * A stored value that could not be read (corrupt JSON, wrong shape). It is kept as it was, so
 * writing the store back never overwrites what the learner had; totals ignore it.
 */
export interface Unreadable {
  unreadable: string;
}

export const isUnreadable = (value: unknown): value is Unreadable =>
  typeof value === 'object' && value !== null && 'unreadable' in value;

// ---- shape checks (hand-written: a schema library would double the JavaScript of a lesson) ----

type Check<T> = (value: unknown) => value is T;

const MAX_TEXT = 50_000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);
const isOptional = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T | undefined => v === undefined || check(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000;
const isPercent = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 100;

/** A safe id: also rules out `__proto__` and friends as keys. */
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 100 && ID.test(v);

export const isLessonProgress: Check<LessonProgress> = (v): v is LessonProgress =>
  isObject(v) && isOptional(isDate)(v.visitedAt) && isOptional(isDate)(v.completedAt);

export const isQuizResult: Check<QuizResult> = (v): v is QuizResult =>
  isObject(v) &&
  isCount(v.correct) &&
  isCount(v.total) &&
  isPercent(v.percent) &&
  typeof v.passed === 'boolean' &&
  isDate(v.at) &&
  isCount(v.attempts) &&
  isPercent(v.bestPercent) &&
  isObject(v.answers) &&
  Object.keys(v.answers).every(isId) &&
  JSON.stringify(v.answers).length <= MAX_TEXT;

export const isReflectionEntry: Check<ReflectionEntry> = (v): v is ReflectionEntry =>
  isObject(v) && isText(v.text) && isDate(v.updatedAt);

export const isAssignmentEntry: Check<AssignmentEntry> = (v): v is AssignmentEntry =>
  isObject(v) &&
  isId(v.id) &&
  isText(v.name, 200) &&
  isOptional((x): x is string => isText(x, 2000))(v.note) &&
  isOptional((x): x is string => isText(x, 10) && /^\d{4}-\d{2}-\d{2}$/.test(x))(v.due) &&
  Array.isArray(v.lessons) &&
  v.lessons.length <= 200 &&
  v.lessons.every(isId) &&
  isDate(v.receivedAt);

export const isLastPosition: Check<LastPosition> = (v): v is LastPosition =>
  isObject(v) && isId(v.lessonId) && isDate(v.at);

export const isName = (v: unknown): v is string => isText(v, 200);

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
export const encode = (value: unknown): string =>
  isUnreadable(value) ? value.unreadable : JSON.stringify(value);

/** The readable entries of a persisted map. */
export function readable<T>(map: Record<string, T | Unreadable>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) if (!isUnreadable(value)) out[key] = value;
  return out;
}

// ---- migrations ----

/** Reads and writes raw stored strings; the storage layer gives one to a migration. */
export interface RawStore {
  keys(): string[];
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/**
 * Upgrades of the stored format: `MIGRATIONS[n]` turns version n into n + 1. Version 1 is the
 * first published format, so there is nothing to upgrade yet; a later format adds its step here
 * together with a fixture of the older data in tests/unit/learner-data.test.ts.
 */
export const MIGRATIONS: Record<number, (store: RawStore) => void> = {};

export type StoredVersion = { kind: 'empty' } | { kind: 'current' } | { kind: 'older'; version: number } | { kind: 'newer'; version: number };

/** Tells what the stored data is: none yet, the current format, older, or written by a newer course. */
export function storedVersion(store: RawStore): StoredVersion {
  const raw = store.get(VERSION_KEY);
  const hasData = store.keys().some((k) => k.startsWith(STORAGE_PREFIX) && k !== VERSION_KEY);
  if (raw === undefined) return hasData ? { kind: 'older', version: 0 } : { kind: 'empty' };
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 0) return { kind: 'older', version: 0 };
  if (version > DATA_VERSION) return { kind: 'newer', version };
  return version === DATA_VERSION ? { kind: 'current' } : { kind: 'older', version };
}

/**
 * Brings stored data to the current format, one step at a time, and records the version.
 * Data without a version mark predates the mark only, so it is read as version 1.
 */
export function migrate(store: RawStore): void {
  const found = storedVersion(store);
  if (found.kind === 'current' || found.kind === 'newer') return;
  let version = found.kind === 'older' ? Math.max(found.version, 1) : DATA_VERSION;
  for (; version < DATA_VERSION; version++) MIGRATIONS[version]?.(store);
  store.set(VERSION_KEY, String(DATA_VERSION));
}

// ---- progress ----

/** A lesson counts as done once it is marked completed (by the learner, or by passing its quizzes). */
export const isDone = (progress: LessonProgress | Unreadable | undefined): boolean =>
  !!progress && !isUnreadable(progress) && !!progress.completedAt;

export interface ProgressCount {
  done: number;
  total: number;
  percent: number;
}

/** Done lessons among the given ones; ids not in the list (e.g. removed lessons) are ignored. */
export function countDone(lessonIds: readonly string[], progress: Record<string, LessonProgress | Unreadable>): ProgressCount {
  const done = lessonIds.filter((id) => isDone(progress[id])).length;
  const total = lessonIds.length;
  return { done, total, percent: total ? Math.round((done / total) * 100) : 0 };
}

/**
 * Where "Jatka siitä, mihin jäit" leads: the last lesson the learner was on if it is unfinished,
 * else the next unfinished one after it, else the first unfinished lesson. Undefined when all
 * lessons are done or the learner has not started.
 */
export function resumeTarget(
  order: readonly string[],
  progress: Record<string, LessonProgress | Unreadable>,
  last: LastPosition | Unreadable | undefined,
): string | undefined {
  const started = order.some((id) => {
    const p = progress[id];
    return p && !isUnreadable(p) && (p.visitedAt || p.completedAt);
  });
  if (!started) return undefined;
  const from = last && !isUnreadable(last) ? order.indexOf(last.lessonId) : -1;
  const after = from >= 0 ? [...order.slice(from), ...order.slice(0, from)] : order;
  return after.find((id) => !isDone(progress[id]));
}

/** What a lesson page says about the lesson; quiz ids are those the lesson shows (known at build time). */
export type LessonStatus =
  | { kind: 'done' }
  /** Not done yet, and nothing stands in the way: the learner may mark it done. */
  | { kind: 'open' }
  /** The lesson has quizzes not passed yet (listed); passing the last one marks it done. */
  | { kind: 'quizzes'; missing: string[] }
  /** Its stored progress could not be read; it is left as it is. */
  | { kind: 'unreadable' };

/**
 * The done rule as the lesson page shows it: a lesson without quizzes is marked done by the
 * learner; a lesson with quizzes becomes markable only once every quiz is passed. A lesson
 * marked done stays done (the mark is what every total counts).
 */
export function lessonStatus(
  progress: LessonProgress | Unreadable | undefined,
  quizzes: readonly PassMark[],
  results: Record<string, QuizResult | Unreadable>,
): LessonStatus {
  if (progress && isUnreadable(progress)) return { kind: 'unreadable' };
  if (isDone(progress)) return { kind: 'done' };
  const missing = quizzes.filter((q) => !quizPassed(results[q.id], q.passPercent)).map((q) => q.id);
  return missing.length ? { kind: 'quizzes', missing } : { kind: 'open' };
}
