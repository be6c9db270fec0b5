import { persistentAtom, persistentMap } from '@nanostores/persistent';
import { computed, onMount, type ReadableAtom } from 'nanostores';
import {
  decoder,
  encode,
  isAssignmentEntry,
  isLastPosition,
  isLessonProgress,
  isName,
  isQuizResult,
  isReflectionEntry,
  isUnreadable,
  KEYS,
  readable,
  type AssignmentEntry,
  type LastPosition,
  type LearnerData,
  type LessonProgress,
  type QuizResult,
  type ReflectionEntry,
  type Unreadable,
} from '../lib/learner-data';
import { $lessonPositions } from './position';
import { reportFault } from './storage';

type Stored<T> = T | Unreadable;
const opts = <T>(check: (v: unknown) => v is T) => ({ encode, decode: decoder(check) });

/** Progress by lesson id. */
export const $lessonProgress = persistentMap<Record<string, Stored<LessonProgress>>>(KEYS.lesson, {}, opts(isLessonProgress));
/** The latest result of each quiz, by quiz id. */
export const $quizResults = persistentMap<Record<string, Stored<QuizResult>>>(KEYS.quiz, {}, opts(isQuizResult));
/** Reflection answers by reflection id. */
export const $reflections = persistentMap<Record<string, Stored<ReflectionEntry>>>(KEYS.reflection, {}, opts(isReflectionEntry));
/** Trainer assignments the learner has opened, by assignment id. */
export const $assignments = persistentMap<Record<string, Stored<AssignmentEntry>>>(KEYS.assignment, {}, opts(isAssignmentEntry));
/** The lesson the learner was on last. */
export const $lastPosition = persistentAtom<Stored<LastPosition> | undefined>(KEYS.last, undefined, opts(isLastPosition));
/** The learner's name for the certificate. */
export const $learnerName = persistentAtom<Stored<string> | undefined>(KEYS.name, undefined, opts(isName));

// A value that cannot be read is kept as it is; the learner is told, once.
const watch = <T>(store: ReadableAtom<T>, hasUnreadable: (value: T) => boolean) =>
  onMount(store, () =>
    store.subscribe((value) => {
      if (hasUnreadable(value)) reportFault('unreadable');
    }),
  );
for (const map of [$lessonProgress, $quizResults, $reflections, $assignments]) watch<Record<string, unknown>>(map, (v) => Object.values(v).some(isUnreadable));
for (const atom of [$lastPosition, $learnerName]) watch<unknown>(atom, isUnreadable);

const now = () => new Date().toISOString();

/** A lesson's stored progress, or `false` when it cannot be read: then it must not be overwritten. */
function lessonProgress(lessonId: string): LessonProgress | undefined | false {
  const stored = $lessonProgress.get()[lessonId];
  return stored && isUnreadable(stored) ? false : stored;
}

/** Notes that the learner opened a lesson: the first visit and the last position. */
export function markVisited(lessonId: string) {
  const current = lessonProgress(lessonId);
  if (current !== false && !current?.visitedAt) $lessonProgress.setKey(lessonId, { ...current, visitedAt: now() });
  if (!isUnreadable($lastPosition.get())) $lastPosition.set({ lessonId, at: now() });
}

/** Marks a lesson done (keeps the first completion date). */
export function markCompleted(lessonId: string) {
  const current = lessonProgress(lessonId);
  if (current === false || current?.completedAt) return;
  $lessonProgress.setKey(lessonId, { visitedAt: now(), ...current, completedAt: now() });
}

/** Takes a lesson's done mark away. */
export function unmarkCompleted(lessonId: string) {
  const current = lessonProgress(lessonId);
  if (!current || !current.completedAt) return;
  const { completedAt: _, ...rest } = current;
  $lessonProgress.setKey(lessonId, rest);
}

/** Stores the result of a checked quiz, counting attempts and keeping the best score. */
export function recordQuizResult(quizId: string, result: Pick<QuizResult, 'correct' | 'total' | 'percent' | 'passed' | 'answers'>) {
  const previous = readable($quizResults.get())[quizId];
  $quizResults.setKey(quizId, {
    ...result,
    at: now(),
    attempts: (previous?.attempts ?? 0) + 1,
    bestPercent: Math.max(previous?.bestPercent ?? 0, result.percent),
  });
}

/** Saves the text of a reflection answer. */
export function saveReflection(id: string, text: string) {
  const previous = readable($reflections.get())[id];
  if (previous?.text === text) return;
  $reflections.setKey(id, { text, updatedAt: now() });
}

/** Remembers an assignment the learner opened from a trainer's link. */
export function saveAssignment(a: Omit<AssignmentEntry, 'receivedAt'>) {
  const previous = readable($assignments.get())[a.id];
  $assignments.setKey(a.id, { ...a, receivedAt: previous?.receivedAt ?? now() });
}

/** Forgets an assignment. */
export function removeAssignment(id: string) {
  $assignments.setKey(id, undefined as never);
}

/** Sets the name printed on the certificate. */
export function setLearnerName(name: string) {
  $learnerName.set(name.trim() || undefined);
}

/** All readable learner data, for the backup file and summaries. */
export const $learnerData = computed(
  [$lessonProgress, $quizResults, $reflections, $assignments, $lastPosition, $learnerName],
  (lessons, quizzes, reflections, assignments, last, name): LearnerData => ({
    lessons: readable(lessons),
    quizzes: readable(quizzes),
    reflections: readable(reflections),
    assignments: readable(assignments),
    ...(last && !isUnreadable(last) && { last }),
    ...(typeof name === 'string' && { name }),
  }),
);

/** Replaces everything stored with the given data (an imported backup, or nothing to delete all). */
export function replaceAll(data: LearnerData) {
  const clearAndSet = <T>(store: { get(): Record<string, unknown>; setKey(k: string, v: T): void }, next: Record<string, T>) => {
    for (const key of Object.keys(store.get())) if (!(key in next)) store.setKey(key, undefined as never);
    for (const [key, value] of Object.entries(next)) store.setKey(key, value);
  };
  clearAndSet($lessonProgress, data.lessons);
  clearAndSet($quizResults, data.quizzes);
  clearAndSet($reflections, data.reflections);
  clearAndSet($assignments, data.assignments);
  $lastPosition.set(data.last);
  $learnerName.set(data.name);
  // Sections read are not in the backup (yet): replacing or deleting everything clears them too.
  for (const key of Object.keys($lessonPositions.get())) $lessonPositions.setKey(key, undefined as never);
}

