import type { CatalogLesson } from './catalog';
import { isUnreadable, type LessonProgress, type Unreadable } from './learner-data';
import { isDone } from './learner-progress';

/** Where the learner is with one lesson of an assignment. */
export type AssignmentLessonStatus = 'done' | 'started' | 'new';

export interface AssignmentProgress {
  rows: { lesson: CatalogLesson; status: AssignmentLessonStatus }[];
  done: number;
  total: number;
  /** Estimated study time of all the assignment's lessons. */
  minutes: number;
  /** Estimated study time of the lessons not yet done. */
  remainingMinutes: number;
  /** The first lesson not done, in course order: where "Aloita" / "Jatka" leads. */
  next?: CatalogLesson;
  /** Lesson ids the course no longer has (the assignment is older than the course). */
  missing: string[];
}

/** An assignment's lessons with the learner's progress on each. */
export function assignmentProgress(
  lessonIds: readonly string[],
  lessons: ReadonlyMap<string, CatalogLesson>,
  progress: Record<string, LessonProgress | Unreadable>,
): AssignmentProgress {
  const rows: AssignmentProgress['rows'] = [];
  const missing: string[] = [];
  for (const id of lessonIds) {
    const lesson = lessons.get(id);
    if (!lesson) {
      missing.push(id);
      continue;
    }
    const p = progress[id];
    const status: AssignmentLessonStatus = isDone(p) ? 'done' : p && !isUnreadable(p) && p.visitedAt ? 'started' : 'new';
    rows.push({ lesson, status });
  }
  const open = rows.filter((r) => r.status !== 'done');
  return {
    rows,
    done: rows.length - open.length,
    total: rows.length,
    minutes: rows.reduce((sum, r) => sum + r.lesson.minutes, 0),
    remainingMinutes: open.reduce((sum, r) => sum + r.lesson.minutes, 0),
    ...(open[0] && { next: open[0].lesson }),
    missing,
  };
}
