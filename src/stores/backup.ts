import { mergeData } from '../lib/backup';
import type { LearnerData } from '../lib/learner-data';
import { $assignments, $lastPosition, $learnerData, $learnerName, $lessonProgress, $quizResults, $reflections, replaceAll } from './learner';

// Apart from learner.ts so that lesson pages do not load the backup code.

/**
 * Joins imported data into what is stored (see `mergeData`): it only adds and updates, so values
 * the backup does not mention, unreadable ones included, stay exactly as they are.
 */
export function mergeAll(incoming: LearnerData) {
  const merged = mergeData($learnerData.get(), incoming);
  const setAll = <T>(store: { setKey(key: string, value: T): void }, entries: Record<string, T>) => {
    for (const [key, value] of Object.entries(entries)) store.setKey(key, value);
  };
  setAll($lessonProgress, merged.lessons);
  setAll($quizResults, merged.quizzes);
  setAll($reflections, merged.reflections);
  setAll($assignments, merged.assignments);
  if (merged.last) $lastPosition.set(merged.last);
  if (merged.name) $learnerName.set(merged.name);
}

/** Removes all the learner's data from this browser. */
export const deleteAll = () => replaceAll({ lessons: {}, quizzes: {}, reflections: {}, assignments: {} });
