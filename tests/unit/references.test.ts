import { describe, expect, it } from 'vitest';
import { findReferenceErrors, lessonRefs } from '../../src/lib/references';

const known = {
  quizzes: new Set(['talo', 'koe']),
  terms: new Set(['kokemustieto']),
  sources: new Set(['thl-talo-2020']),
  figures: new Set(['portaat']),
};
const lesson = (file: string, body: string, reflections: string[] = [], sources = ['thl-talo-2020']) => ({
  file,
  refs: lessonRefs(body),
  data: { sources, reflections: reflections.map((id) => ({ id })) },
});

describe('lessonRefs', () => {
  it('finds the ids of every component tag in MDX, once each, in order of appearance', () => {
    const body =
      'A <Term id="kokemustieto">kokemustietoa</Term> and <Term\n id=\'b\'>b</Term> <Term id="kokemustieto">x</Term>. ' +
      '<Quiz id="talo" /> <Figure id="portaat" /> <Reflection id="r1" /> <Quiz id="koe" />';
    expect(lessonRefs(body)).toEqual({
      quizzes: ['talo', 'koe'],
      terms: ['kokemustieto', 'b'],
      reflections: ['r1'],
      figures: ['portaat'],
    });
  });

  it('skips tags shown as code or commented out', () => {
    const body = 'Write `<Quiz id="inline" />`.\n\n```mdx\n<Quiz id="fenced" />\n```\n\n{/* <Quiz id="comment" /> */}\n<Quiz id="real" />';
    expect(lessonRefs(body).quizzes).toEqual(['real']);
  });
});

describe('findReferenceErrors', () => {
  it('accepts a lesson whose references all exist', () => {
    const body = '<Term id="kokemustieto">x</Term> <Quiz id="talo" /> <Reflection id="r1" /> <Figure id="portaat" />';
    expect(findReferenceErrors([lesson('a.mdx', body, ['r1'])], known)).toEqual([]);
  });

  it('names the file and the broken reference', () => {
    const errors = findReferenceErrors(
      [
        lesson(
          'content/lessons/a.mdx',
          '<Quiz id="nope" /> <Term id="x">x</Term> <Reflection id="r9" /> <Figure id="f" />',
          [],
          ['missing'],
        ),
      ],
      known,
    );
    expect(errors).toHaveLength(5);
    expect(errors.every((e) => e.startsWith('content/lessons/a.mdx: '))).toBe(true);
    expect(errors.join('\n')).toMatch(/sources: .*"missing"/);
    expect(errors.join('\n')).toMatch(/<Quiz id="nope">/);
    expect(errors.join('\n')).toMatch(/<Term id="x">/);
    expect(errors.join('\n')).toMatch(/<Reflection id="r9">/);
    expect(errors.join('\n')).toMatch(/<Figure id="f">: .*src\/components\/figures\/f\.astro/);
  });

  it('refuses a reflection id used in two lessons', () => {
    const errors = findReferenceErrors([lesson('a.mdx', '', ['r1']), lesson('b.mdx', '', ['r1'])], known);
    expect(errors).toEqual(['b.mdx: reflections: id "r1" on käytössä myös tiedostossa a.mdx']);
  });

  it('refuses a quiz shown by two lessons, naming both', () => {
    const errors = findReferenceErrors([lesson('a.mdx', '<Quiz id="koe" />'), lesson('b.mdx', '<Quiz id="koe" />')], known);
    expect(errors).toEqual(['b.mdx: <Quiz id="koe">: sama kysely on jo oppitunnilla a.mdx']);
  });
});
