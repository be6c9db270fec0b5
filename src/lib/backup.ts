import {
  DATA_VERSION,
  isAssignmentEntry,
  isId,
  isLastPosition,
  isLessonProgress,
  isName,
  isQuizResult,
  isReflectionEntry,
  type LearnerData,
} from './learner-data';

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
  | { reason: 'invalid'; section: string; key?: string };

export type BackupResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

/** The backup file of the learner's data. */
export function createBackup(data: LearnerData, now = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: DATA_VERSION, exportedAt: now.toISOString(), data };
}

/** A file name like `asiakasosallisuus-varmuuskopio-2026-11-23.json`. */
export const backupFileName = (now = new Date()) => `${BACKUP_FORMAT}-${now.toISOString().slice(0, 10)}.json`;

const sections = [
  ['lessons', isLessonProgress],
  ['quizzes', isQuizResult],
  ['reflections', isReflectionEntry],
  ['assignments', isAssignmentEntry],
] as const;

/**
 * Reads a backup file's text. Refuses, with the reason, a file that is too large, not JSON, not
 * this course's backup, from a newer version of the course, or has any entry of the wrong shape
 * (including keys such as `__proto__`): an import either takes the whole file or nothing.
 */
export function parseBackup(text: string): BackupResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BACKUP_BYTES) return { ok: false, error: { reason: 'too-large', bytes } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { reason: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: { reason: 'not-backup' } };
  }
  const file = raw as Record<string, unknown>;
  if (!Number.isInteger(file.version) || (file.version as number) < 1) return { ok: false, error: { reason: 'not-backup' } };
  if ((file.version as number) > DATA_VERSION) return { ok: false, error: { reason: 'newer', version: file.version as number } };
  const data = file.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: { reason: 'invalid', section: 'data' } };
  const d = data as Record<string, unknown>;

  const out: LearnerData = { lessons: {}, quizzes: {}, reflections: {}, assignments: {} };
  for (const [section, check] of sections) {
    const entries = d[section] ?? {};
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { ok: false, error: { reason: 'invalid', section } };
    for (const key of Object.keys(entries)) {
      const value = (entries as Record<string, unknown>)[key];
      if (!isId(key) || !check(value)) return { ok: false, error: { reason: 'invalid', section, key } };
      (out[section] as Record<string, unknown>)[key] = value;
    }
  }
  if (d.last !== undefined) {
    if (!isLastPosition(d.last)) return { ok: false, error: { reason: 'invalid', section: 'last' } };
    out.last = d.last;
  }
  if (d.name !== undefined) {
    if (!isName(d.name)) return { ok: false, error: { reason: 'invalid', section: 'name' } };
    out.name = d.name;
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : '';
  return { ok: true, backup: { format: BACKUP_FORMAT, version: file.version as number, exportedAt, data: out } };
}

const earlier = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a < b ? a : b);

/**
 * Joins imported data into the current data without losing anything of either: progress keeps
 * the earliest visit and completion, quizzes the latest attempt with the best score and all
 * attempts counted, reflections and the last position the most recently written.
 */
export function mergeData(current: LearnerData, incoming: LearnerData): LearnerData {
  const lessons = { ...current.lessons };
  for (const [id, p] of Object.entries(incoming.lessons)) {
    const c = lessons[id];
    lessons[id] = c ? dropUndefined({ visitedAt: earlier(c.visitedAt, p.visitedAt), completedAt: earlier(c.completedAt, p.completedAt) }) : p;
  }
  const quizzes = { ...current.quizzes };
  for (const [id, q] of Object.entries(incoming.quizzes)) {
    const c = quizzes[id];
    if (!c) quizzes[id] = q;
    else {
      const newest = q.at > c.at ? q : c;
      quizzes[id] = { ...newest, attempts: Math.max(c.attempts, q.attempts), bestPercent: Math.max(c.bestPercent, q.bestPercent) };
    }
  }
  const reflections = { ...current.reflections };
  for (const [id, r] of Object.entries(incoming.reflections)) {
    const c = reflections[id];
    if (!c || r.updatedAt > c.updatedAt) reflections[id] = r;
  }
  const assignments = { ...incoming.assignments, ...current.assignments };
  const last = !current.last ? incoming.last : !incoming.last ? current.last : incoming.last.at > current.last.at ? incoming.last : current.last;
  const name = current.name || incoming.name;
  return dropUndefined({ lessons, quizzes, reflections, assignments, last, name }) as LearnerData;
}

function dropUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

export interface DataSummary {
  /** Lessons marked done. */
  lessonsDone: number;
  /** Lessons opened at least once (done ones included). */
  lessonsVisited: number;
  quizzes: number;
  /** Reflections with some text. */
  reflections: number;
  assignments: number;
  name?: string;
}

/** What a set of learner data holds, counted for people: shown before an import and beside the export. */
export function summarize(data: LearnerData): DataSummary {
  const lessons = Object.values(data.lessons);
  return dropUndefined({
    lessonsDone: lessons.filter((p) => p.completedAt).length,
    lessonsVisited: lessons.length,
    quizzes: Object.keys(data.quizzes).length,
    reflections: Object.values(data.reflections).filter((r) => r.text.trim()).length,
    assignments: Object.keys(data.assignments).length,
    name: data.name || undefined,
  });
}
