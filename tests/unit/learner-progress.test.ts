import { describe, expect, it } from 'vitest';
import { countDone, lessonStatus, resumeTarget } from '../../src/lib/learner-progress';

const T = '2026-11-20T10:00:00.000Z';

describe('progress', () => {
  const progress = { a: { visitedAt: T, completedAt: T }, b: { visitedAt: T }, gone: { completedAt: T }, c: { unreadable: '?' } };
  it('counts done lessons among the course lessons only', () => {
    expect(countDone(['a', 'b', 'c', 'd'], progress)).toEqual({ done: 1, total: 4, percent: 25 });
    expect(countDone([], progress)).toEqual({ done: 0, total: 0, percent: 0 });
  });
  it('resumes at the last lesson when it is unfinished', () => {
    expect(resumeTarget(['a', 'b', 'c', 'd'], progress, { lessonId: 'b', at: T })).toBe('b');
  });
  it('resumes at the next unfinished lesson after a finished last one, wrapping around', () => {
    expect(resumeTarget(['a', 'b', 'c'], { a: { completedAt: T }, b: { completedAt: T } }, { lessonId: 'a', at: T })).toBe('c');
    expect(resumeTarget(['a', 'b', 'c'], { b: { completedAt: T }, c: { completedAt: T } }, { lessonId: 'c', at: T })).toBe('a');
  });
  it('has no target before the learner starts or after everything is done', () => {
    expect(resumeTarget(['a', 'b'], {}, undefined)).toBeUndefined();
    expect(resumeTarget(['a'], { a: { completedAt: T } }, { lessonId: 'a', at: T })).toBeUndefined();
  });
  it('ignores a last position that is unreadable or no longer in the course', () => {
    expect(resumeTarget(['a', 'b'], { a: { visitedAt: T } }, { unreadable: 'x' })).toBe('a');
    expect(resumeTarget(['a', 'b'], { a: { completedAt: T } }, { lessonId: 'poistettu', at: T })).toBe('b');
  });
});

describe('lessonStatus', () => {
  const result = (passed: boolean) => ({
    correct: 1,
    total: 1,
    percent: passed ? 100 : 0,
    passed,
    at: T,
    attempts: 1,
    bestPercent: 0,
    answers: {},
  });
  it('lets the learner mark a lesson without quizzes done, and undo it', () => {
    expect(lessonStatus(undefined, [], {})).toEqual({ kind: 'open' });
    expect(lessonStatus({ visitedAt: T }, [], {})).toEqual({ kind: 'open' });
    expect(lessonStatus({ visitedAt: T, completedAt: T }, [], {})).toEqual({ kind: 'done' });
  });
  it('names the quizzes still to pass in a lesson with quizzes', () => {
    expect(
      lessonStatus(
        { visitedAt: T },
        [
          { id: 'a', passPercent: 80 },
          { id: 'b', passPercent: 80 },
        ],
        { a: result(true), b: result(false) },
      ),
    ).toEqual({ kind: 'quizzes', missing: ['b'] });
    expect(lessonStatus(undefined, [{ id: 'a', passPercent: 80 }], { a: { unreadable: '?' } })).toEqual({
      kind: 'quizzes',
      missing: ['a'],
    });
  });
  it('becomes markable once every quiz is passed, and stays done once marked', () => {
    expect(lessonStatus({ visitedAt: T }, [{ id: 'a', passPercent: 80 }], { a: result(true) })).toEqual({ kind: 'open' });
    expect(lessonStatus({ completedAt: T }, [{ id: 'a', passPercent: 80 }], {})).toEqual({ kind: 'done' });
  });
  it('says so when the stored progress cannot be read', () => {
    expect(lessonStatus({ unreadable: '{' }, [], {})).toEqual({ kind: 'unreadable' });
  });
});
