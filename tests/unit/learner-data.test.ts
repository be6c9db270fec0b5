import { describe, expect, it } from 'vitest';
import {
  decoder,
  encode,
  isAssignmentEntry,
  isDate,
  isId,
  isLessonProgress,
  isQuizResult,
  isReflectionEntry,
  isUnreadable,
  readable,
} from '../../src/lib/learner-data';

const T = '2026-11-20T10:00:00.000Z';

describe('decoding stored values', () => {
  const decode = decoder(isLessonProgress);
  it('reads a value of the right shape', () => {
    expect(decode(JSON.stringify({ visitedAt: T }))).toEqual({ visitedAt: T });
  });
  it('keeps corrupt JSON and values of the wrong shape as they were', () => {
    for (const raw of ['{not json', '"text"', JSON.stringify({ visitedAt: 'eilen' }), 'null', '[]']) {
      const value = decode(raw);
      expect(isUnreadable(value)).toBe(true);
      expect(encode(value)).toBe(raw); // written back unchanged, never overwritten
    }
  });
  it('drops unreadable values from totals', () => {
    expect(readable({ a: { visitedAt: T }, b: { unreadable: 'x' } })).toEqual({ a: { visitedAt: T } });
  });
  it('checks a quiz result fully', () => {
    const result = { correct: 5, total: 6, percent: 83, passed: true, at: T, attempts: 2, bestPercent: 83, answers: { q1: 0 } };
    expect(isQuizResult(result)).toBe(true);
    expect(isQuizResult({ ...result, percent: 120 })).toBe(false);
    expect(isQuizResult({ ...result, answers: { __proto__: 1, 'Bad Id': 1 } })).toBe(false);
  });
});

describe('shape checks refuse what would corrupt storage or show as NaN (issue 17.4)', () => {
  it('accepts only real dates', () => {
    expect(isDate(T)).toBe(true);
    expect(isDate('2026-11-20T10:00:00Z')).toBe(true);
    for (const bad of ['2026-99-99T99:99:99Z', '2026-02-31T10:00:00.000Z', '2026-11-20', '2026-11-20T24:00:00Z', 'eilen'])
      expect(isDate(bad)).toBe(false);
  });
  it('refuses extra fields, so a field named `unreadable` cannot pass', () => {
    expect(isReflectionEntry({ text: 'x', updatedAt: T })).toBe(true);
    expect(isReflectionEntry({ text: 'x', updatedAt: T, unreadable: 'y' })).toBe(false);
    expect(isReflectionEntry({ text: 'x', updatedAt: T, basedOn: T })).toBe(true);
    expect(isReflectionEntry({ text: 'x', updatedAt: T, basedOn: 'eilen' })).toBe(false);
    expect(isLessonProgress({ visitedAt: T, extra: [] })).toBe(false);
  });
  it('refuses ids that are names of Object.prototype members', () => {
    expect(isId('constructor')).toBe(false);
    expect(isId('__proto__')).toBe(false);
    expect(isId('talon-rakenne')).toBe(true);
  });
  it('refuses deep or inconsistent quiz results and impossible due dates', () => {
    const result = { correct: 5, total: 6, percent: 83, passed: true, at: T, attempts: 2, bestPercent: 83, answers: { q1: 0 } };
    expect(isQuizResult({ ...result, answers: { q1: [[[[1]]]] } })).toBe(false);
    expect(isQuizResult({ ...result, correct: 7 })).toBe(false);
    expect(isQuizResult({ ...result, bestPercent: 50 })).toBe(false);
    const assignment = { id: 'a1', name: 'N', lessons: ['x'], receivedAt: T };
    expect(isAssignmentEntry({ ...assignment, due: '2026-02-28' })).toBe(true);
    expect(isAssignmentEntry({ ...assignment, due: '2026-02-31' })).toBe(false);
    // Pre-reading (link version 2): lesson ids, or nothing.
    expect(isAssignmentEntry({ ...assignment, preReading: ['x'] })).toBe(true);
    expect(isAssignmentEntry({ ...assignment, preReading: 'x' })).toBe(false);
    expect(isAssignmentEntry({ ...assignment, preReading: ['../x'] })).toBe(false);
  });
});
