// Installs the safe storage engine. It must come before the first persistent store below is
// created: a persistent store reads the engine when created, and would otherwise use bare
// localStorage, which throws in private modes and when full.
import { PREFIX, reportFault, storage } from './storage';
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import type { MapStore, ReadableAtom, WritableAtom } from 'nanostores';
import { onMount } from 'nanostores';
import {
  decoder,
  encode,
  isUnreadable,
  KINDS,
  readable,
  type KindSpec,
  type MapKindName,
  type QuizResult,
  type SingleKindName,
  type Unreadable,
  type ValueOf,
  type ReflectionEntry,
} from '../lib/learner-data';
import { isDone } from '../lib/learner-progress';
import { decideSave, type SaveOutcome } from '../lib/reflection';

export type { SaveOutcome };

type Stored<T> = T | Unreadable;
const mapStore = <T>(kind: KindSpec<T>) =>
  persistentMap<Record<string, Stored<T>>>(PREFIX + kind.key, {}, { encode, decode: decoder(kind.check) });
const singleStore = <T>(kind: KindSpec<T>) =>
  persistentAtom<Stored<T> | undefined>(PREFIX + kind.key, undefined, { encode, decode: decoder(kind.check) });

/** Progress by lesson id. */
export const $lessonProgress = mapStore(KINDS.lessons);
/** The latest result of each quiz, by quiz id. */
export const $quizResults = mapStore(KINDS.quizzes);
/** Reflection answers by reflection id. */
export const $reflections = mapStore(KINDS.reflections);
/** Trainer assignments the learner has opened, by assignment id. */
export const $assignments = mapStore(KINDS.assignments);
/** The last section (heading id) read in each lesson, by lesson id. */
export const $positions = mapStore(KINDS.positions);
/** The lesson the learner was on last. */
export const $lastPosition = singleStore(KINDS.last);
/** The learner's name for the certificate. */
export const $learnerName = singleStore(KINDS.name);

/** The store of each kind of data; a kind without its store here fails the type check. */
export const STORES = {
  lessons: $lessonProgress,
  quizzes: $quizResults,
  reflections: $reflections,
  assignments: $assignments,
  positions: $positions,
  last: $lastPosition,
  name: $learnerName,
} satisfies { [K in MapKindName]: MapStore<Record<string, Stored<ValueOf<K>>>> } & {
  [K in SingleKindName]: WritableAtom<Stored<ValueOf<K>> | undefined>;
};

// A value that cannot be read is kept as it is; the learner is told, once.
const watch = <T>(store: ReadableAtom<T>, hasUnreadable: (value: T) => boolean) =>
  onMount(store, () =>
    store.subscribe((value) => {
      if (hasUnreadable(value)) reportFault('unreadable');
    }),
  );
for (const store of Object.values(STORES)) {
  watch<unknown>(store, (v) => isUnreadable(v) || (typeof v === 'object' && v !== null && Object.values(v).some(isUnreadable)));
}

/** The time stamp written with a change. */
export const now = () => new Date().toISOString();

/** An item as it is stored now, or `false` when it cannot be read: then it must not be overwritten. */
export function current<T>(store: MapStore<Record<string, Stored<T>>>, id: string): T | undefined | false {
  const stored = store.get()[id];
  return stored && isUnreadable(stored) ? false : stored;
}

/** Notes that the learner opened a lesson: the first visit and the last position. */
export function markVisited(lessonId: string) {
  const progress = current($lessonProgress, lessonId);
  if (progress !== false && !progress?.visitedAt) $lessonProgress.setKey(lessonId, { ...progress, visitedAt: now() });
  if (!isUnreadable($lastPosition.get())) $lastPosition.set({ lessonId, at: now() });
}

/** Marks a lesson done (keeps the first completion date). SCORM and the quizzes use this too. */
export function markCompleted(lessonId: string) {
  const progress = current($lessonProgress, lessonId);
  if (progress === false || isDone(progress)) return;
  $lessonProgress.setKey(lessonId, { visitedAt: now(), ...progress, completedAt: now() });
}

/** Takes a lesson's done mark away. */
export function unmarkCompleted(lessonId: string) {
  const progress = current($lessonProgress, lessonId);
  if (!progress || !isDone(progress)) return;
  const { completedAt: _, ...rest } = progress;
  $lessonProgress.setKey(lessonId, rest);
}

/**
 * Stores the result of a checked quiz, counting attempts and keeping the best score. A stored
 * result that cannot be read is not overwritten: returns false then.
 */
export function recordQuizResult(
  quizId: string,
  result: Pick<QuizResult, 'correct' | 'total' | 'percent' | 'passed' | 'answers'>,
): boolean {
  const previous = current($quizResults, quizId);
  if (previous === false) return false;
  $quizResults.setKey(quizId, {
    ...result,
    at: now(),
    attempts: (previous?.attempts ?? 0) + 1,
    bestPercent: Math.max(previous?.bestPercent ?? 0, result.percent),
  });
  return true;
}

/** The reflection as it is in storage right now (another tab may have saved it since this page read it). */
function storedReflection(id: string): Stored<ReflectionEntry> | undefined {
  const raw = storage.raw.get(PREFIX + KINDS.reflections.key + id);
  return raw === undefined ? undefined : decoder(KINDS.reflections.check)(raw);
}

/**
 * Saves the text of a reflection answer, edited from `base` (the entry the field showed, or
 * undefined for none). Nothing is written when the text is unchanged, when the stored answer
 * cannot be read, or when it changed since `base` (another tab): the caller shows that conflict.
 */
export function saveReflection(id: string, text: string, base: ReflectionEntry | undefined): SaveOutcome {
  const stored = storedReflection(id);
  const outcome = decideSave(stored, base, text);
  if (outcome.kind !== 'save') return outcome;
  // What it was edited from, so that a tab whose save this hides can tell (`wroteOver`).
  const entry: ReflectionEntry = { text, updatedAt: now(), ...(base && { basedOn: base.updatedAt }) };
  $reflections.setKey(id, entry);
  return { kind: 'saved', entry };
}

/** Removes a reflection answer that could not be read (after the learner has downloaded it). */
export function discardUnreadableReflection(id: string) {
  if (isUnreadable($reflections.get()[id])) $reflections.setKey(id, undefined as never);
}

/** Whether a stored reflection is in the browser's storage now, not only in this page's memory. */
export const isReflectionStored = (id: string) => storage.isStored(PREFIX + KINDS.reflections.key + id);

/** Sets the name printed on the certificate (never over a stored name that cannot be read). */
export function setLearnerName(name: string): boolean {
  if (isUnreadable($learnerName.get())) return false;
  $learnerName.set(name.trim() || undefined);
  return true;
}

/** Remembers the last section (heading id) read in a lesson, for "Jatka" to return to. */
export function setLastSection(lessonId: string, heading: string) {
  const previous = current($positions, lessonId);
  if (previous === false || previous?.heading === heading || !KINDS.positions.check({ heading, at: now() })) return;
  $positions.setKey(lessonId, { heading, at: now() });
}

/** The heading id last read in a lesson, if known. */
export function lastSection(lessonId: string): string | undefined {
  return readable($positions.get())[lessonId]?.heading;
}
