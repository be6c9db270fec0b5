import { describe, expect, it } from 'vitest';
import { group, t } from '../../src/i18n';
import { buildCompletion, completionText, modulesOfAssignment } from '../../src/lib/completion';
import type { QuizResult } from '../../src/lib/learner-data';

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T12:00:00.000Z`;
const result = (over: Partial<QuizResult>): QuizResult => ({
  correct: 5,
  total: 6,
  percent: 83,
  passed: true,
  at: day(4),
  attempts: 1,
  bestPercent: 83,
  answers: {},
  ...over,
});

const modules = [
  { id: 'a', order: 0, title: 'Aloitus', lessons: [{ id: 'a1' }], quizzes: [{ id: 'qa', title: 'Tarkista', passPercent: 80 }] },
  {
    id: 'b',
    order: 1,
    title: 'Talo',
    lessons: [{ id: 'b1' }, { id: 'b2' }],
    quizzes: [
      { id: 'qb', title: 'Talokysely', passPercent: 80 },
      { id: 'qc', title: 'Harjoitus', passPercent: 80 },
    ],
  },
];
const data = {
  lessons: { a1: { completedAt: day(2) }, b1: { completedAt: day(5) }, b2: { visitedAt: day(6) } },
  quizzes: { qa: result({}), qb: result({ passed: false, percent: 50, bestPercent: 90, attempts: 3, at: day(7) }) },
  assignments: {
    x: { id: 'x', name: 'Työpaja', due: '2026-03-12', lessons: ['a1', 'b1', 'poistettu'], receivedAt: day(1) },
  },
};

const words = { ...group('completion'), course: t('site.title') };

describe('completion summary', () => {
  it('counts done lessons and modules with the date a module was finished', () => {
    const c = buildCompletion(modules, data);
    expect(c).toMatchObject({ lessonsDone: 2, lessonsTotal: 3, modulesDone: 1, modulesTotal: 2 });
    expect(c.modules[0]).toMatchObject({ done: 1, total: 1, completedAt: day(2) });
    expect(c.modules[1]).toMatchObject({ done: 1, total: 2 });
    expect(c.modules[1]!.completedAt).toBeUndefined();
  });

  it('gives each quiz its best score, and counts it passed once the best score passes', () => {
    const [qb, qc] = buildCompletion(modules, data).modules[1]!.quizzes;
    expect(qb).toEqual({ id: 'qb', title: 'Talokysely', result: { bestPercent: 90, passed: true, at: day(7), attempts: 3 } });
    expect(qc).toEqual({ id: 'qc', title: 'Harjoitus' });
  });

  it('lists assignments with the lessons the course still has', () => {
    expect(buildCompletion(modules, data).assignments).toEqual([{ id: 'x', name: 'Työpaja', due: '2026-03-12', done: 2, total: 2 }]);
  });

  it('writes a plain text summary to hand to a trainer', () => {
    const text = completionText(buildCompletion(modules, data), words, { name: 'Maija Meikäläinen', date: new Date(2026, 2, 9, 12) });
    expect(text).toContain('Asiakasosallisuus – verkkokurssi: Suoritusyhteenveto');
    expect(text).toContain('Nimi: Maija Meikäläinen');
    expect(text).toContain('Koottu: 9.3.2026');
    expect(text).toContain('Oppitunteja tehty 2/3. Moduuleja suoritettu 1/2.');
    expect(text).toContain(
      'Moduuli 0: Aloitus\n  1/1 oppituntia tehty, suoritettu 2.3.2026\n  Tarkista – paras tulos 83 % (hyväksytty), 4.3.2026, 1 yritys',
    );
    expect(text).toContain('Talokysely – paras tulos 90 % (hyväksytty), 7.3.2026, 3 yritystä');
    expect(text).toContain('Harjoitus – ei vielä tehty');
    expect(text).toContain('Työpaja – 2/2 oppituntia tehty (määräpäivä 12.3.2026)');
    expect(text).not.toContain('{');
  });

  it('leaves the name out when none is given', () => {
    expect(completionText(buildCompletion(modules, data), words, { date: new Date(2026, 2, 9) })).not.toContain('Nimi:');
  });
});

describe('a summary of one assignment', () => {
  it('keeps only the modules, lessons and quizzes the assignment has', () => {
    const withLessons = [
      { ...modules[0]!, quizzes: [{ ...modules[0]!.quizzes[0]!, lessonId: 'a1' }] },
      {
        ...modules[1]!,
        quizzes: [
          { ...modules[1]!.quizzes[0]!, lessonId: 'b1' },
          { ...modules[1]!.quizzes[1]!, lessonId: 'b2' },
        ],
      },
    ];
    const scoped = modulesOfAssignment(withLessons, ['b1']);
    expect(scoped.map((m) => [m.id, m.lessons.map((l) => l.id), m.quizzes.map((q) => q.id)])).toEqual([['b', ['b1'], ['qb']]]);
    expect(buildCompletion(scoped, data)).toMatchObject({ lessonsDone: 1, lessonsTotal: 1, modulesDone: 1 });
    expect(completionText(buildCompletion(scoped, data), words, { date: new Date(day(8)), assignment: 'Työpaja' })).toContain(
      'Kouluttajan tehtävä: Työpaja',
    );
  });
});

describe('a quiz of dilemmas in the summary', () => {
  it('says it was answered, not a score', () => {
    const c = buildCompletion(modules, { ...data, quizzes: { qa: result({ correct: 0, total: 0, percent: 100, bestPercent: 100 }) } });
    const line = completionText(c, words, { date: new Date(day(8)) });
    expect(line).toContain('Tarkista – vastattu 4.3.2026 (dilemmoissa ei ole pisteitä)');
    expect(line).not.toContain('Tarkista – paras tulos');
  });
});
