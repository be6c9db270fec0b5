import type { PlatformQuiz } from '../../../src/lib/lms-state';

/** A stored quiz result of one attempt series out of 10 points, without the answers given. */
export const quizResult = (percent: number, at: string, attempts = 1): PlatformQuiz => ({
  correct: percent / 10,
  total: 10,
  percent,
  passed: percent >= 80,
  at,
  attempts,
  bestPercent: percent,
});
