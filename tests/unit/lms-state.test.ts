import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crc32 } from '../../src/lib/assignment-link';
import type { LearnerData } from '../../src/lib/learner-data';
import { quizResult } from './helpers/quiz-result';
import {
  decodeState,
  emptyState,
  encodeState,
  fitState,
  learnerDataOf,
  mergeStates,
  platformStateOf,
  SUSPEND_LIMIT,
  type PlatformState,
} from '../../src/lib/lms-state';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-20T10:00:05.000Z';
const quiz = quizResult;

/** The real course's lesson and quiz ids, read from the content files. */
function courseIds() {
  const lessons: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.mdx')) lessons.push(parse(readFileSync(join(dir, e.name), 'utf8').split(/^---$/m)[1]!).id);
    }
  };
  walk('content/lessons');
  const quizzes = readdirSync('content/quizzes').map((f) => parse(readFileSync(join('content/quizzes', f), 'utf8')).id as string);
  return { lessons, quizzes };
}

const state: PlatformState = {
  lessons: { 'talon-rakenne': T1, 'mita-osallisuus-on': T2 },
  quizzes: { talo: quiz(90, T1, 2), loppukoe: { ...quiz(70, T2, 3), bestPercent: 85, passed: false } },
  last: { lessonId: 'talon-rakenne', at: T2 },
};

describe('suspend_data encoding', () => {
  it('round-trips a state', () => {
    const text = encodeState(state);
    expect(text).toMatch(/^AO1~/);
    expect(decodeState(text)).toEqual({ ok: true, state });
    expect(decodeState(encodeState(emptyState()))).toEqual({ ok: true, state: emptyState() });
  });

  it('fits the whole course done, with every quiz tried many times, in well under half of SCORM 1.2’s limit', () => {
    const { lessons, quizzes } = courseIds();
    expect(lessons.length).toBeGreaterThanOrEqual(30);
    const full: PlatformState = {
      lessons: Object.fromEntries(lessons.map((id) => [id, T2])),
      quizzes: Object.fromEntries(quizzes.map((id) => [id, { ...quiz(100, T2, 999), correct: 24, total: 24 }])),
      last: { lessonId: lessons.at(-1)!, at: T2 },
    };
    const text = encodeState(full);
    expect(text.length).toBeLessThan(SUSPEND_LIMIT.scorm12 / 2);
    expect(fitState(full, SUSPEND_LIMIT.scorm12, 'loppukoe')).toEqual({ text, complete: true });
    expect(decodeState(text)).toEqual({ ok: true, state: full });
  });

  it('keeps what matters most when the state is too large: the final quiz, then lessons, then the newest quizzes', () => {
    const big: PlatformState = {
      lessons: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`oppitunti-jolla-on-pitka-tunniste-${i}`, T1])),
      quizzes: {
        ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`tietovisa-jolla-on-pitka-tunniste-${i}`, quiz(80, i % 2 ? T1 : T2)])),
        loppukoe: quiz(90, T1),
      },
      last: { lessonId: 'oppitunti-jolla-on-pitka-tunniste-1', at: T2 },
    };
    expect(encodeState(big).length).toBeGreaterThan(SUSPEND_LIMIT.scorm12);
    const fitted = fitState(big, SUSPEND_LIMIT.scorm12, 'loppukoe');
    expect(fitted.complete).toBe(false);
    expect(fitted.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT.scorm12);
    const decoded = decodeState(fitted.text);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.state.quizzes.loppukoe).toEqual(big.quizzes.loppukoe);
    expect(Object.keys(decoded.state.lessons)).toHaveLength(60);
    const kept = Object.entries(decoded.state.quizzes).filter(([id]) => id !== 'loppukoe');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every(([, q]) => q.at === T2)).toBe(true);
  });

  it.each([
    ['nothing', '', 'empty'],
    ['another course’s data', '{"page":4,"answers":[1,2]}', 'foreign'],
    ['a newer version', encodeState(state).replace(/^AO1/, 'AO2'), 'version'],
    ['data cut short by a platform', encodeState(state).slice(0, -10), 'checksum'],
    ['a value edited by hand', encodeState(state).replace('talo.9.10.90', 'talo.9.10.99'), 'checksum'],
  ])('refuses %s without throwing', (_, raw, error) => {
    expect(decodeState(raw)).toEqual({ ok: false, error });
  });

  it.each([
    ['a section missing', 'talo.kt7w3c|'],
    ['an id that is not the content’s', '__proto__.kt7w3c||'],
    ['a bad time', 'talo.!!||'],
    ['a quiz with a field missing', '|talo.1.2.50.50.1.kt7w3c|'],
    ['a quiz over 100 percent', '|talo.11.10.110.110.1.1.kt7w3c|'],
    ['a passed flag that is not 0 or 1', '|talo.9.10.90.90.1.2.kt7w3c|'],
    ['the same lesson twice', 'a.kt7w3c,a.kt7w3c||'],
    ['two last positions', '||a.kt7w3c,b.kt7w3c'],
  ])('refuses a checksummed value with %s', (_, body) => {
    const text = `AO1~${body}~${crc32(new TextEncoder().encode(body)).toString(36)}`;
    expect(decodeState(text)).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('platform and browser data', () => {
  const local: LearnerData = {
    lessons: { 'talon-rakenne': { visitedAt: T2, completedAt: T2 }, 'tasot-johdanto': { visitedAt: T1 } },
    quizzes: { talo: { ...quiz(60, T2, 1), answers: { q1: 'a' } } },
    reflections: { r1: { text: 'vain selaimessa', updatedAt: T1 } },
    assignments: {},
    positions: {},
    last: { lessonId: 'tasot-johdanto', at: T1 },
  };

  it('sends lessons done, quiz results without answers and the last lesson, never reflections', () => {
    expect(platformStateOf(local)).toEqual({
      lessons: { 'talon-rakenne': T2 },
      quizzes: { talo: quiz(60, T2, 1) },
      last: { lessonId: 'tasot-johdanto', at: T1 },
    });
    expect(learnerDataOf(state).quizzes.talo).toEqual({ ...state.quizzes.talo, answers: {} });
  });

  it('merges without losing either side: earliest completion, newest attempt with the best score, newest position', () => {
    const merged = mergeStates(state, local);
    expect(merged.lessons).toEqual({ 'talon-rakenne': T1, 'mita-osallisuus-on': T2 });
    expect(merged.quizzes.talo).toEqual({ ...quiz(60, T2, 2), bestPercent: 90 });
    expect(merged.quizzes.loppukoe).toEqual(state.quizzes.loppukoe);
    expect(merged.last).toEqual(state.last);
    // Deleting the browser's data does not delete what the platform holds.
    expect(mergeStates(state, { lessons: {}, quizzes: {}, reflections: {}, assignments: {}, positions: {} })).toEqual(state);
  });
});
