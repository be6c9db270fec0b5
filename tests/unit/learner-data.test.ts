import { describe, expect, it } from 'vitest';
import {
  countDone,
  DATA_VERSION,
  decoder,
  encode,
  isLessonProgress,
  isQuizResult,
  isUnreadable,
  lessonStatus,
  migrate,
  readable,
  resumeTarget,
  storedVersion,
  VERSION_KEY,
  type RawStore,
} from '../../src/lib/learner-data';

const T = '2026-11-20T10:00:00.000Z';

function memoryStore(initial: Record<string, string> = {}): RawStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, keys: () => Object.keys(data), get: (k) => data[k], set: (k, v) => void (data[k] = v) };
}

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

describe('stored format version', () => {
  it('is empty before anything is stored, and current after migrate', () => {
    const store = memoryStore();
    expect(storedVersion(store)).toEqual({ kind: 'empty' });
    migrate(store);
    expect(store.data[VERSION_KEY]).toBe(String(DATA_VERSION));
    expect(storedVersion(store)).toEqual({ kind: 'current' });
  });

  it('upgrades version 1 data written before the version mark, keeping every value', () => {
    // Fixture: data of version 1 as stored without the version key.
    const v1 = {
      'asiakasosallisuus:lesson:talon-rakenne': JSON.stringify({ visitedAt: T, completedAt: T }),
      'asiakasosallisuus:reflection:talo-oma-yksikko': JSON.stringify({ text: 'Palaute toimii.', updatedAt: T }),
      'muu-sivusto': 'ei koske kurssia',
    };
    const store = memoryStore(v1);
    expect(storedVersion(store)).toEqual({ kind: 'older', version: 0 });
    migrate(store);
    expect(store.data).toEqual({ ...v1, [VERSION_KEY]: '1' });
  });

  it('leaves data of a newer course version untouched', () => {
    const store = memoryStore({ [VERSION_KEY]: '99', 'asiakasosallisuus:lesson:x': '{"future":true}' });
    expect(storedVersion(store)).toEqual({ kind: 'newer', version: 99 });
    const before = { ...store.data };
    migrate(store);
    expect(store.data).toEqual(before);
  });
});

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
  const result = (passed: boolean) => ({ correct: 1, total: 1, percent: passed ? 100 : 0, passed, at: T, attempts: 1, bestPercent: 0, answers: {} });
  it('lets the learner mark a lesson without quizzes done, and undo it', () => {
    expect(lessonStatus(undefined, [], {})).toEqual({ kind: 'open' });
    expect(lessonStatus({ visitedAt: T }, [], {})).toEqual({ kind: 'open' });
    expect(lessonStatus({ visitedAt: T, completedAt: T }, [], {})).toEqual({ kind: 'done' });
  });
  it('names the quizzes still to pass in a lesson with quizzes', () => {
    expect(lessonStatus({ visitedAt: T }, [{ id: 'a', passPercent: 80 }, { id: 'b', passPercent: 80 }], { a: result(true), b: result(false) })).toEqual({ kind: 'quizzes', missing: ['b'] });
    expect(lessonStatus(undefined, [{ id: 'a', passPercent: 80 }], { a: { unreadable: '?' } })).toEqual({ kind: 'quizzes', missing: ['a'] });
  });
  it('becomes markable once every quiz is passed, and stays done once marked', () => {
    expect(lessonStatus({ visitedAt: T }, [{ id: 'a', passPercent: 80 }], { a: result(true) })).toEqual({ kind: 'open' });
    expect(lessonStatus({ completedAt: T }, [{ id: 'a', passPercent: 80 }], {})).toEqual({ kind: 'done' });
  });
  it('says so when the stored progress cannot be read', () => {
    expect(lessonStatus({ unreadable: '{' }, [], {})).toEqual({ kind: 'unreadable' });
  });
});
