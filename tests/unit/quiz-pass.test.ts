import { describe, expect, it } from 'vitest';
import { allQuizzesPassed, quizPassed } from '../../src/lib/quiz-pass';

const T = '2026-03-01T10:00:00.000Z';
const result = (passed: boolean, bestPercent: number) => ({
  correct: 0,
  total: 1,
  percent: passed ? 100 : 0,
  passed,
  at: T,
  attempts: 2,
  bestPercent,
  answers: {},
});

describe('quizPassed: the best result counts', () => {
  it('passes on a passing latest attempt or a best score at the mark', () => {
    expect(quizPassed(result(true, 100), 80)).toBe(true);
    // Passed once, then a weaker retry: still passed (the lesson box and the certificate agree).
    expect(quizPassed(result(false, 90), 80)).toBe(true);
    expect(quizPassed(result(false, 79), 80)).toBe(false);
  });
  it('does not pass without a readable result', () => {
    expect(quizPassed(undefined, 80)).toBe(false);
    expect(quizPassed({ unreadable: '?' }, 80)).toBe(false);
  });
  it('needs every quiz passed', () => {
    const marks = [
      { id: 'a', passPercent: 80 },
      { id: 'b', passPercent: 50 },
    ];
    expect(allQuizzesPassed([], {})).toBe(true);
    expect(allQuizzesPassed(marks, { a: result(false, 80), b: result(false, 50) })).toBe(true);
    expect(allQuizzesPassed(marks, { a: result(true, 100) })).toBe(false);
  });
});
