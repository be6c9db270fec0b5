/**
 * The trainer assignments the learner has not finished. Apart from assignment-progress.ts, so a
 * lesson page's banner loads only this. Pure: no DOM, no storage.
 */
import { isUnreadable, type AssignmentEntry, type LessonProgress, type Unreadable } from './learner-data';
import { isDone } from './learner-progress';

/** An assignment the learner has not finished, with where it stands. */
export interface OpenAssignment {
  entry: AssignmentEntry;
  done: number;
  total: number;
  /** The assigned lessons not done yet, in the assignment's order: the first is where to go next. */
  openIds: string[];
}

/**
 * The assignments not yet done, newest first: the front page shows them before everything else,
 * "Jatka" leads to the first one's next lesson, and a lesson of one shows where it stands.
 * Lessons the course no longer has are left out.
 */
export function openAssignments(
  assignments: Record<string, AssignmentEntry | Unreadable>,
  known: ReadonlySet<string>,
  progress: Record<string, LessonProgress | Unreadable>,
): OpenAssignment[] {
  return Object.values(assignments)
    .filter((a): a is AssignmentEntry => !isUnreadable(a))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .flatMap((entry) => {
      const lessons = entry.lessons.filter((id) => known.has(id));
      const open = lessons.filter((id) => !isDone(progress[id]));
      return open.length ? [{ entry, done: lessons.length - open.length, total: lessons.length, openIds: open }] : [];
    });
}
