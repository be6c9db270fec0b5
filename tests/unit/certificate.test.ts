import { describe, expect, it } from 'vitest';
import { certificateStatus } from '../../src/lib/certificate';
import { buildCompletion } from '../../src/lib/completion';
import type { QuizResult } from '../../src/lib/learner-data';

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T12:00:00.000Z`;
const result = (over: Partial<QuizResult>): QuizResult => ({
  correct: 20,
  total: 24,
  percent: 83,
  passed: true,
  at: day(9),
  attempts: 1,
  bestPercent: 83,
  answers: {},
  ...over,
});

const modules = [
  { id: 'a', order: 0, title: 'Aloitus', lessons: [{ id: 'a1' }], quizzes: [] },
  { id: 'b', order: 1, title: 'Talo', lessons: [{ id: 'b1' }, { id: 'b2' }], quizzes: [{ id: 'qb', title: 'Talo', passPercent: 80 }] },
  { id: 'y', order: 2, title: 'Yhteenveto', lessons: [{ id: 'loppu' }], quizzes: [{ id: 'loppukoe', title: 'Loppukoe', passPercent: 80 }] },
];
const allDone = { a1: { completedAt: day(2) }, b1: { completedAt: day(5) }, b2: { completedAt: day(11) }, loppu: { completedAt: day(9) } };
const status = (lessons: Record<string, { completedAt?: string }>, quizzes: Record<string, QuizResult>) =>
  certificateStatus(buildCompletion(modules, { lessons, quizzes, assignments: {} }), 'loppukoe');

describe('certificate', () => {
  it('is available when every module is done and the final quiz passed, dated by the latest of them', () => {
    expect(status(allDone, { loppukoe: result({}) })).toEqual({
      available: true,
      missingModules: [],
      finalQuizPassed: true,
      finalQuizPercent: 83,
      completedAt: day(11),
    });
    expect(status(allDone, { loppukoe: result({ at: day(20) }) }).completedAt).toBe(day(20));
  });

  it('names the modules still to do and a final quiz not yet checked', () => {
    const s = status({ a1: { completedAt: day(2) }, b1: { completedAt: day(5) } }, {});
    expect(s.available).toBe(false);
    expect(s.missingModules.map((m) => [m.id, m.done, m.total])).toEqual([
      ['b', 1, 2],
      ['y', 0, 1],
    ]);
    expect(s.finalQuizPassed).toBe(false);
    expect(s.finalQuizPercent).toBeUndefined();
    expect(s.completedAt).toBeUndefined();
  });

  it('stays locked while the final quiz is below its pass mark, even with every lesson done', () => {
    const s = status(allDone, { loppukoe: result({ passed: false, percent: 50, bestPercent: 50 }) });
    expect(s).toMatchObject({ available: false, missingModules: [], finalQuizPassed: false, finalQuizPercent: 50 });
  });

  it('keeps an earned certificate when a later try of the final quiz scores lower', () => {
    const s = status(allDone, { loppukoe: result({ passed: false, percent: 40, bestPercent: 92, attempts: 2 }) });
    expect(s).toMatchObject({ available: true, finalQuizPercent: 92 });
  });
});
