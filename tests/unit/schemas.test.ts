import { describe, expect, it } from 'vitest';
import { checkEntryFiles, checkListFile, finnishErrors } from '../../src/lib/content-errors';
import { glossarySchema } from '../../src/schemas/glossary';
import { housePartSchema } from '../../src/schemas/house';
import { lessonSchema } from '../../src/schemas/lesson';
import { moduleSchema } from '../../src/schemas/module';
import { pageSchema } from '../../src/schemas/page';
import { quizSchema } from '../../src/schemas/quiz';
import { sourceSchema } from '../../src/schemas/source';

// The zod schemas called directly: each rule once, valid and invalid, with the message an
// author sees. The build tests in content-schema.test.ts check that these reach the build output.
type Schema = {
  safeParse: (v: unknown, o?: object) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
};
const issues = (schema: Schema, value: unknown) =>
  (schema.safeParse(value, { error: finnishErrors }).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const lesson = {
  id: 'eka',
  module: 'alpha',
  order: 1,
  title: 'Ensimmäinen',
  description: 'Testioppitunti.',
  objectives: ['Osaat testata.', 'Tunnet testin.'],
  minutes: 5,
  workshop: { minutes: 10, questions: ['Kysymys 1?', 'Kysymys 2?'], task: 'Tehtävä.' },
  sources: ['lahde'],
  reflections: [{ id: 'r1', prompt: 'Mitä ajattelet?' }],
};
const option = (text: string, correct = false) => ({ text, correct, explanation: `Selitys ${text}.` });
const quiz = (...questions: object[]) => ({ id: 'testi', title: 'Testi', questions });
const single = { id: 'q1', type: 'single', prompt: 'Valitse', options: [option('A', true), option('B')] };

describe('lessonSchema', () => {
  it('accepts a minimal lesson and fills the defaults', () => {
    const { reflections: _, ...minimal } = lesson;
    expect(lessonSchema.parse(minimal)).toMatchObject({ reflections: [], draft: false });
  });

  it.each([
    ['a missing field', { description: undefined }, 'description: pakollinen kenttä puuttuu'],
    ['an id that is not stable', { id: 'Eka Tunti' }, 'id: käytä pieniä kirjaimia a–z, numeroita ja yhdysviivoja (esim. "talon-rakenne")'],
    ['an empty title', { title: '  ' }, 'title: ei saa olla tyhjä'],
    ['one objective', { objectives: ['Tavoite.'] }, 'objectives: Liian pieni: listan täytyy olla >=2 alkiota'],
    ['six objectives', { objectives: Array(6).fill('Tavoite.') }, 'objectives: Liian suuri: listan täytyy olla <=5 alkiota'],
    [
      'one workshop question',
      { workshop: { ...lesson.workshop, questions: ['Vain yksi?'] } },
      'workshop.questions: Liian pieni: listan täytyy olla >=2 alkiota',
    ],
    [
      'a reflection id twice',
      { reflections: [lesson.reflections[0], lesson.reflections[0]] },
      'reflections.1.id: reflection id "r1" on jo käytössä',
    ],
  ])('refuses %s', (_, change, message) => {
    expect(issues(lessonSchema, { ...lesson, ...change })).toEqual([message]);
  });

  it('refuses a misspelt field, naming it', () => {
    expect(issues(lessonSchema, { ...lesson, objektives: [] })).toEqual([': Tuntematon avain: "objektives"']);
  });
});

describe('quizSchema', () => {
  it('accepts every question type and fills the defaults', () => {
    const parsed = quizSchema.parse(
      quiz(
        single,
        { id: 'q2', type: 'multiple', prompt: 'Valitse', options: [option('A', true), option('B'), option('C', true)] },
        { id: 'q3', type: 'truefalse', prompt: 'Väite', answer: true, ifTrue: 'Oikein.', ifFalse: 'Väärin.' },
        { id: 'q4', type: 'ordering', prompt: 'Järjestä', items: ['1', '2', '3'].map((text) => ({ text, explanation: 'Siksi.' })) },
        {
          id: 'q5',
          type: 'categorize',
          prompt: 'Lajittele',
          categories: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          items: [
            { text: 'x', category: 'a', explanation: 'Siksi.' },
            { text: 'y', category: 'b', explanation: 'Siksi.' },
          ],
        },
        { id: 'q6', type: 'scenario', prompt: 'Mitä teet?', scenario: 'Tapaus.', options: [option('A', true), option('B')] },
      ),
    );
    expect(parsed).toMatchObject({ final: false, passPercent: 80, shuffle: false });
    expect(parsed.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'ordering', 'categorize', 'scenario']);
  });

  it('refuses a quiz without an id: results are keyed by it, not by the file name', () => {
    const { id: _, ...noId } = quiz(single);
    expect(issues(quizSchema, noId)).toEqual(['id: pakollinen kenttä puuttuu']);
  });

  it('refuses a question id used twice in one quiz', () => {
    expect(issues(quizSchema, quiz(single, { ...single }))).toEqual(['questions.1.id: kysymys "q1": id on jo käytössä tässä kyselyssä']);
  });

  it.each([
    [
      'single with two correct options',
      { ...single, options: [option('A', true), option('B', true)] },
      'questions.0.options: kysymys "q1": merkitse tasan yksi oikea vaihtoehto (nyt 2)',
    ],
    [
      'multiple with none correct',
      { ...single, type: 'multiple', options: [option('A'), option('B'), option('C')] },
      'questions.0.options: kysymys "q1": merkitse vähintään yksi oikea vaihtoehto',
    ],
    [
      'an option without explanation',
      { ...single, options: [option('A', true), { text: 'B' }] },
      'questions.0.options.1.explanation: pakollinen kenttä puuttuu',
    ],
    [
      'an unknown question type',
      { ...single, type: 'essay' },
      'questions.0.type: tuntematon arvo; sallitut arvot ovat "single", "multiple", "truefalse", "ordering", "categorize", "scenario"',
    ],
  ])('refuses %s', (_, question, message) => {
    expect(issues(quizSchema, quiz(question))).toEqual([message]);
  });

  describe('scenario and dilemma', () => {
    const scenario = { id: 's1', type: 'scenario', prompt: 'Mitä teet?', scenario: 'Tapaus.' };
    it('accepts a dilemma with no correct option', () => {
      expect(issues(quizSchema, quiz({ ...scenario, dilemma: true, options: [option('A'), option('B')] }))).toEqual([]);
    });
    it('refuses a dilemma that marks a correct option', () => {
      expect(issues(quizSchema, quiz({ ...scenario, dilemma: true, options: [option('A', true), option('B')] }))).toEqual([
        'questions.0.options: kysymys "s1": dilemmassa ei merkitä oikeaa vaihtoehtoa',
      ]);
    });
    it('refuses a scenario with no correct option that is not a dilemma', () => {
      expect(issues(quizSchema, quiz({ ...scenario, options: [option('A'), option('B')] }))).toEqual([
        'questions.0.options: kysymys "s1": merkitse vähintään yksi oikea vaihtoehto tai dilemma: true',
      ]);
    });
  });

  describe('categorize', () => {
    const categorize = (category: string) => ({
      id: 'c1',
      type: 'categorize',
      prompt: 'Lajittele',
      categories: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      items: [
        { text: 'x', category: 'a', explanation: 'Siksi.' },
        { text: 'y', category, explanation: 'Siksi.' },
      ],
    });
    it('refuses an item in a category that is not listed', () => {
      expect(issues(quizSchema, quiz(categorize('c')))).toEqual([
        'questions.0.items.1.category: kysymys "c1": luokkaa "c" ei ole categories-listassa',
      ]);
    });
    it('refuses a single category', () => {
      expect(issues(quizSchema, quiz({ ...categorize('a'), categories: [{ id: 'a', label: 'A' }] }))).toEqual([
        'questions.0.categories: Liian pieni: listan täytyy olla >=2 alkiota',
      ]);
    });
  });

  it('refuses a pass percent outside 1–100', () => {
    expect(issues(quizSchema, { ...quiz(single), passPercent: 0 })).toEqual(['passPercent: Liian pieni: luvun täytyy olla >=1']);
  });
});

describe('data file schemas', () => {
  it.each([
    [
      'module',
      moduleSchema,
      { id: 'alpha', order: 0, title: 'Alfa', description: 'Kuvaus.' },
      { order: -1 },
      'order: Liian pieni: luvun täytyy olla >=0',
    ],
    [
      'glossary entry',
      glossarySchema,
      { id: 'termi', term: 'termi', definition: 'Selitys.' },
      { related: ['Ei Kelpaa'] },
      'related.0: käytä pieniä kirjaimia a–z, numeroita ja yhdysviivoja (esim. "talon-rakenne")',
    ],
    ['source', sourceSchema, { id: 'lahde', citation: 'Kirjoittaja 2020.' }, { url: 'ei osoite' }, 'url: Virheellinen URL-osoite'],
    [
      'house part',
      housePartSchema,
      { id: 'perusta', order: 0, name: 'P', title: 'Perusta', summary: 'S.', examples: ['E.'] },
      { id: 'kellari' },
      'id: Virheellinen valinta: täytyy olla yksi seuraavista: "perusta"|"kerros-1"|"kerros-2"|"kerros-3"|"kerros-4"|"katto"',
    ],
    [
      'page',
      pageSchema,
      { title: 'Sivu', description: 'Kuvaus.', updated: '2026-03-01' },
      { updated: 'eilen' },
      'updated: Virheellinen tyyppi: odotettiin date, oli Date',
    ],
  ] as const)('%s: accepts a valid entry and names the field of an invalid one', (_, schema, valid, change, message) => {
    expect(issues(schema, valid)).toEqual([]);
    expect(issues(schema, { ...valid, ...change })).toEqual([message]);
  });
});

describe('content file checks', () => {
  const mdx = (id: string) =>
    `---\n${Object.entries({ ...lesson, id })
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n---\n\nTeksti.\n`;

  it('refuses two files with the same id, naming both', () => {
    const { errors } = checkEntryFiles(
      [
        { file: 'a.mdx', text: mdx('eka') },
        { file: 'b.mdx', text: mdx('eka') },
        { file: 'c.mdx', text: mdx('kolmas') },
      ],
      lessonSchema,
    );
    expect(errors).toEqual(['b.mdx: id: "eka" on jo käytössä (a.mdx); jokaisella on oltava oma id']);
  });

  it('refuses two entries of a data file with the same id, naming both lines', () => {
    const text = '- id: a\n  order: 0\n  title: A\n  description: D.\n- id: a\n  order: 1\n  title: B\n  description: D.\n';
    expect(checkListFile({ file: 'modules.yaml', text }, moduleSchema).errors).toEqual([
      'modules.yaml:5: id: "a" on jo käytössä (modules.yaml:1); jokaisella on oltava oma id',
    ]);
  });

  it('names the line of a YAML syntax error and of a field', () => {
    expect(checkListFile({ file: 'm.yaml', text: '- id: a\n  title: "A\n' }, moduleSchema).errors).toEqual([
      'm.yaml:2: YAML-muoto on rikki: jokin merkki puuttuu, esimerkiksi lopettava lainausmerkki tai sulje (MISSING_CHAR)',
    ]);
    expect(checkListFile({ file: 'm.yaml', text: '- id: a\n  order: x\n  title: A\n  description: D.\n' }, moduleSchema).errors).toEqual([
      'm.yaml:2: "a": order: Virheellinen tyyppi: odotettiin number, oli string',
    ]);
  });
});
