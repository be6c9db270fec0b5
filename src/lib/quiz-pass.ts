/**
 * The one rule for whether a quiz is passed, used by the lesson box, the automatic lesson
 * completion, the completion summary and the certificate: the best result counts, so a weaker
 * retry never takes a pass away (issue 13, "One rule for passed").
 */
import type { QuizResult, Unreadable } from './learner-data';

/** A quiz as the pass rule needs it: its id and its pass mark. */
export interface PassMark {
  id: string;
  passPercent: number;
}

/** Whether a stored quiz result is passed: its latest attempt passed, or its best score reaches the mark. */
export function quizPassed(result: Pick<QuizResult, 'passed' | 'bestPercent'> | Unreadable | undefined, passPercent: number): boolean {
  // Checked inline, not with isUnreadable: the progress rules import this module for lessonStatus.
  return !!result && !('unreadable' in result) && (result.passed || result.bestPercent >= passPercent);
}

/** Whether every one of the quizzes is passed. */
export function allQuizzesPassed(quizzes: readonly PassMark[], results: Record<string, QuizResult | Unreadable>): boolean {
  return quizzes.every((q) => quizPassed(results[q.id], q.passPercent));
}
