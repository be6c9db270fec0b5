import { describe, expect, it } from 'vitest';
import { QUIZ_ID_RENAMES, renameErrors, renameQuizIds, renamesSince } from '../../src/lib/quiz-id-migration';

// Stored quiz results of data version 1, when quiz ids were the quizzes' file names, and two
// later renames. The real table is empty so far; these steps are fixtures.
interface Result {
  percent: number;
  bestPercent: number;
  attempts: number;
  at: string;
}
const v1 = {
  'talo-rakenna': { percent: 60, bestPercent: 80, attempts: 2, at: '2026-03-02T10:00:00.000Z' },
  'tasot-lajittelu': { percent: 100, bestPercent: 100, attempts: 1, at: '2026-03-03T10:00:00.000Z' },
  loppukoe: { percent: 90, bestPercent: 90, attempts: 1, at: '2026-03-05T10:00:00.000Z' },
} satisfies Record<string, Result>;
const steps = {
  1: { 'talo-rakenna': 'talon-rakentaminen' },
  2: { 'talon-rakentaminen': 'talo-harjoitus', 'tasot-lajittelu': 'tasot-harjoitus' },
};
const merge = (a: Result, b: Result): Result => {
  const newest = a.at > b.at ? a : b;
  return { ...newest, attempts: Math.max(a.attempts, b.attempts), bestPercent: Math.max(a.bestPercent, b.bestPercent) };
};

describe('quiz id migration', () => {
  it('has no recorded renames yet: quiz ids still equal the old file-name ids', () => {
    expect(QUIZ_ID_RENAMES).toEqual({});
    expect(renamesSince(1, 5).size).toBe(0);
  });

  it('composes the renames of the steps after the data version', () => {
    expect(Object.fromEntries(renamesSince(1, 3, steps))).toEqual({
      'talo-rakenna': 'talo-harjoitus',
      'talon-rakentaminen': 'talo-harjoitus',
      'tasot-lajittelu': 'tasot-harjoitus',
    });
    expect(Object.fromEntries(renamesSince(2, 3, steps))).toEqual({
      'talon-rakentaminen': 'talo-harjoitus',
      'tasot-lajittelu': 'tasot-harjoitus',
    });
    expect(renamesSince(3, 3, steps).size).toBe(0);
  });

  it('moves version-1 results to today’s ids and keeps the rest as they are', () => {
    const { results, moved } = renameQuizIds(v1, renamesSince(1, 3, steps), merge);
    expect(results).toEqual({ 'talo-harjoitus': v1['talo-rakenna'], 'tasot-harjoitus': v1['tasot-lajittelu'], loppukoe: v1.loppukoe });
    expect(moved).toEqual([
      ['talo-rakenna', 'talo-harjoitus'],
      ['tasot-lajittelu', 'tasot-harjoitus'],
    ]);
    expect(renameQuizIds(results, renamesSince(1, 3, steps), merge).moved).toEqual([]);
  });

  it('joins a moved result with one already under the new id', () => {
    const later = { percent: 40, bestPercent: 40, attempts: 3, at: '2026-04-01T10:00:00.000Z' };
    const { results } = renameQuizIds({ ...v1, 'talo-harjoitus': later }, renamesSince(1, 3, steps), merge);
    expect(results['talo-harjoitus']).toEqual({ ...later, bestPercent: 80, attempts: 3 });
    expect(results).not.toHaveProperty('talo-rakenna');
  });

  it('leaves both results in place when they cannot be joined', () => {
    const unreadable = { percent: Number.NaN, bestPercent: 0, attempts: 0, at: '' };
    const { results, moved } = renameQuizIds({ ...v1, 'talo-harjoitus': unreadable }, renamesSince(1, 3, steps), (a, b) =>
      Number.isNaN(a.percent) || Number.isNaN(b.percent) ? undefined : merge(a, b),
    );
    expect(results['talo-rakenna']).toEqual(v1['talo-rakenna']);
    expect(results['talo-harjoitus']).toBe(unreadable);
    expect(moved.map(([from]) => from)).toEqual(['tasot-lajittelu']);
  });

  it('ignores ids that are names of Object.prototype members', () => {
    const { results } = renameQuizIds(v1, new Map([['constructor', 'x']]), merge);
    expect(results).toEqual(v1);
  });

  it('refuses a rename to a quiz that does not exist or away from an id still in use', () => {
    expect(renameErrors(new Set(['talo-harjoitus', 'tasot-harjoitus', 'loppukoe']), steps)).toEqual([]);
    const errors = renameErrors(new Set(['talo-rakenna', 'loppukoe']), steps);
    expect(errors).toContain(
      'src/lib/quiz-id-migration.ts: "talo-rakenna" → "talo-harjoitus": kyselyä, jonka id on "talo-harjoitus", ei ole',
    );
    expect(errors).toContain('src/lib/quiz-id-migration.ts: "talo-rakenna": id on yhä käytössä, joten sen tuloksia ei voi siirtää');
  });
});
