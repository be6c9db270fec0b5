/** The progress rules: when a lesson counts as done, totals, and where "Jatka" leads. Pure. */
import { isUnreadable, type LastPosition, type LessonProgress, type QuizResult, type Unreadable } from './learner-data';
import { quizPassed, type PassMark } from './quiz-pass';

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
export type LessonPageStatus =
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
): LessonPageStatus {
  if (progress && isUnreadable(progress)) return { kind: 'unreadable' };
  if (isDone(progress)) return { kind: 'done' };
  const missing = quizzes.filter((q) => !quizPassed(results[q.id], q.passPercent)).map((q) => q.id);
  return missing.length ? { kind: 'quizzes', missing } : { kind: 'open' };
}
