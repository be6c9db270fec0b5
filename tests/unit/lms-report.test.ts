import { describe, expect, it } from 'vitest';
import {
  courseReport,
  interactionValues,
  lessonStatus12,
  reportValues,
  sessionTime12,
  sessionTime2004,
  type CourseFacts,
} from '../../src/lib/lms-report';
import type { PlatformQuiz, PlatformState } from '../../src/lib/lms-state';

const T = '2026-11-20T10:00:00.000Z';
const facts: CourseFacts = { lessonIds: ['a', 'b', 'loppu'], finalQuiz: { id: 'loppukoe', passPercent: 80 } };
const final = (percent: number, bestPercent = percent): PlatformQuiz => ({
  correct: percent / 10,
  total: 10,
  percent,
  passed: percent >= 80,
  at: T,
  attempts: 1,
  bestPercent,
});
const state = (lessons: string[], loppukoe?: PlatformQuiz, last?: string): PlatformState => ({
  lessons: Object.fromEntries(lessons.map((id) => [id, T])),
  quizzes: loppukoe ? { loppukoe } : {},
  ...(last && { last: { lessonId: last, at: T } }),
});

describe('status and score rules', () => {
  it('starts incomplete with no score', () => {
    const r = courseReport(state([]), facts);
    expect(r).toEqual({ completed: false, success: 'unknown', progress: 0 });
    expect(reportValues('1.2', r)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(reportValues('2004', r)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
      ['cmi.progress_measure', '0'],
    ]);
  });

  it('is completed when every lesson is done, and counts only the course’s own lessons', () => {
    expect(courseReport(state(['a', 'b']), facts).completed).toBe(false);
    expect(courseReport(state(['a', 'b', 'vanha-poistettu']), facts).progress).toBe(0.67);
    expect(courseReport(state(['a', 'b', 'loppu']), facts).completed).toBe(true);
  });

  it('takes pass or fail and the score from the final quiz’s best result', () => {
    const failed = courseReport(state(['a'], final(60)), facts);
    expect(failed).toMatchObject({ success: 'failed', score: 60 });
    expect(lessonStatus12(failed)).toBe('failed');
    // A weaker later try does not take the pass away.
    const passed = courseReport(state(['a', 'b', 'loppu'], final(50, 90), 'loppu'), facts);
    expect(passed).toEqual({ completed: true, success: 'passed', score: 90, progress: 1, location: 'loppu' });
    expect(reportValues('1.2', passed)).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '90'],
      ['cmi.core.lesson_location', 'loppu'],
    ]);
    expect(reportValues('2004', passed)).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'passed'],
      ['cmi.progress_measure', '1'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '90'],
      ['cmi.score.scaled', '0.9'],
      ['cmi.location', 'loppu'],
    ]);
  });

  it('in SCORM 1.2 says passed only when the course is also completed', () => {
    expect(lessonStatus12(courseReport(state(['a'], final(90)), facts))).toBe('incomplete');
    expect(lessonStatus12({ completed: true, success: 'unknown', progress: 1 })).toBe('completed');
  });
});

describe('session time', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [1234, '0000:00:01.23', 'PT1.23S'],
    [3_600_000, '0001:00:00.00', 'PT1H'],
    [(2 * 3600 + 3 * 60 + 4.5) * 1000, '0002:03:04.50', 'PT2H3M4.5S'],
    [-5, '0000:00:00.00', 'PT0S'],
  ])('%d ms is %s in SCORM 1.2 and %s in 2004', (ms, v12, v2004) => {
    expect(sessionTime12(ms)).toBe(v12);
    expect(sessionTime2004(ms)).toBe(v2004);
  });

  it('caps SCORM 1.2 at 9999 hours', () => {
    expect(sessionTime12(20_000 * 3_600_000)).toBe('9999:59:59.99');
  });
});

describe('interactions', () => {
  it('records a checked quiz with its time, score and result in each version’s terms', () => {
    const q = { ...final(90), at: '2026-11-20T10:05:09.123Z' };
    expect(interactionValues('1.2', 3, 'loppukoe', q)).toEqual([
      ['cmi.interactions.3.id', 'loppukoe'],
      ['cmi.interactions.3.type', 'numeric'],
      ['cmi.interactions.3.time', '10:05:09'],
      ['cmi.interactions.3.student_response', '90'],
      ['cmi.interactions.3.result', 'correct'],
    ]);
    expect(interactionValues('2004', 0, 'talo', { ...q, percent: 40, passed: false })).toEqual([
      ['cmi.interactions.0.id', 'urn:asiakasosallisuus:tietovisa:talo'],
      ['cmi.interactions.0.type', 'numeric'],
      ['cmi.interactions.0.timestamp', '2026-11-20T10:05:09.12Z'],
      ['cmi.interactions.0.learner_response', '40'],
      ['cmi.interactions.0.result', 'incorrect'],
    ]);
  });
});
