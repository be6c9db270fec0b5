import { describe, expect, it } from 'vitest';
import { findReferenceErrors, quizLesson, tagIds } from '../../src/lib/references';

const known = {
  quizzes: new Set(['talo']),
  terms: new Set(['kokemustieto']),
  sources: new Set(['thl-talo-2020']),
};
const lesson = (file: string, body: string, reflections: string[] = [], sources = ['thl-talo-2020']) => ({
  file,
  body,
  data: { sources, reflections: reflections.map((id) => ({ id })) },
});

describe('tagIds', () => {
  it('finds the ids of a component tag in MDX', () => {
    const body = 'A <Term id="kokemustieto">kokemustietoa</Term> and <Term\n id=\'b\'>b</Term>. <Quiz id="talo" />';
    expect(tagIds(body, 'Term')).toEqual(['kokemustieto', 'b']);
    expect(tagIds(body, 'Quiz')).toEqual(['talo']);
    expect(tagIds(body, 'Reflection')).toEqual([]);
  });
});

describe('findReferenceErrors', () => {
  it('accepts a lesson whose references all exist', () => {
    const body = '<Term id="kokemustieto">x</Term> <Quiz id="talo" /> <Reflection id="r1" />';
    expect(findReferenceErrors([lesson('a.mdx', body, ['r1'])], known)).toEqual([]);
  });

  it('names the file and the broken reference', () => {
    const errors = findReferenceErrors(
      [lesson('content/lessons/a.mdx', '<Quiz id="nope" /> <Term id="x">x</Term> <Reflection id="r9" />', [], ['missing'])],
      known,
    );
    expect(errors).toHaveLength(4);
    expect(errors.every((e) => e.startsWith('content/lessons/a.mdx: '))).toBe(true);
    expect(errors.join('\n')).toMatch(/sources: .*"missing"/);
    expect(errors.join('\n')).toMatch(/<Quiz id="nope">/);
    expect(errors.join('\n')).toMatch(/<Term id="x">/);
    expect(errors.join('\n')).toMatch(/<Reflection id="r9">/);
  });

  it('refuses a reflection id used in two lessons', () => {
    const errors = findReferenceErrors([lesson('a.mdx', '', ['r1']), lesson('b.mdx', '', ['r1'])], known);
    expect(errors).toEqual(['b.mdx: reflections: id "r1" on käytössä myös tiedostossa a.mdx']);
  });
});

describe('quizLesson', () => {
  const lessons = [
    { id: 'a', body: 'No quiz here.' },
    { id: 'b', body: '<Quiz id="harjoitus" /> text <Quiz id="koe" /> <Quiz id="harjoitus" />' },
    { id: 'c', body: '<Quiz id="koe" />' },
  ];
  it('finds the first lesson that shows the quiz, with all quizzes of that lesson', () => {
    expect(quizLesson(lessons, 'koe')).toEqual({ lessonId: 'b', quizIds: ['harjoitus', 'koe'] });
    expect(quizLesson(lessons, 'ei-ole')).toBeUndefined();
  });
});
