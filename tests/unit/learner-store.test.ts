import { describe, expect, it, vi } from 'vitest';
import { emptyData } from '../../src/lib/backup';
import { KINDS, storagePrefix, VERSION_KEY, type LearnerData } from '../../src/lib/learner-data';
import { fakeStorage } from './helpers/fake-storage';

const T = '2026-11-20T10:00:00.000Z';
const P = storagePrefix('/');
const KEYS = Object.fromEntries(
  Object.entries({
    lesson: 'lessons',
    quiz: 'quizzes',
    reflection: 'reflections',
    assignment: 'assignments',
    last: 'last',
    name: 'name',
  }).map(([k, kind]) => [k, P + KINDS[kind as keyof typeof KINDS].key]),
) as Record<'lesson' | 'quiz' | 'reflection' | 'assignment' | 'last' | 'name', string>;

/** Fresh stores over a browser storage that already holds these raw values, as when a page opens. */
async function open(stored: Record<string, string>, { limit = Infinity } = {}) {
  vi.resetModules();
  const backend = fakeStorage(limit);
  for (const [key, value] of Object.entries(stored)) backend.data.set(key, value);
  vi.stubGlobal('window', { localStorage: backend, addEventListener() {}, removeEventListener() {} });
  const { storage, $storageFaults } = await import('../../src/stores/storage');
  const learner = await import('../../src/stores/learner');
  const backup = await import('../../src/stores/backup');
  const assignments = await import('../../src/stores/assignments');
  // Mounted, as the islands mount them: stored values are read in.
  for (const store of Object.values(learner.STORES)) store.listen(() => {});
  /** What the browser's storage holds, without the version mark. */
  const raw = () => Object.fromEntries([...backend.data].filter(([key]) => key !== P + VERSION_KEY));
  return { ...learner, ...backup, ...assignments, raw, backend, storage, faults: $storageFaults };
}

describe('learner store actions', () => {
  it('never overwrite a stored value that cannot be read, and report it', async () => {
    const stored = { [`${KEYS.lesson}a`]: '{rikki', [`${KEYS.lesson}b`]: '{"completedAt":5}', [KEYS.last]: '"ei paikka"' };
    const s = await open(stored);
    s.markVisited('a');
    s.markCompleted('b');
    s.unmarkCompleted('b');
    expect(s.raw()).toMatchObject(stored);
    expect(s.faults.get()).toEqual(['unreadable']);
  });

  it('mark, unmark and visit readable lessons as before', async () => {
    const s = await open({ [`${KEYS.lesson}a`]: JSON.stringify({ visitedAt: T }) });
    s.markVisited('b');
    s.markCompleted('a');
    expect(JSON.parse(s.raw()[`${KEYS.lesson}a`]!)).toMatchObject({ visitedAt: T, completedAt: expect.any(String) });
    expect(JSON.parse(s.raw()[KEYS.last]!)).toMatchObject({ lessonId: 'b' });
    s.unmarkCompleted('a');
    expect(JSON.parse(s.raw()[`${KEYS.lesson}a`]!)).toEqual({ visitedAt: T });
  });

  it('merge an import without deleting anything it does not mention', async () => {
    const s = await open({
      [`${KEYS.lesson}oma`]: JSON.stringify({ visitedAt: T }),
      [`${KEYS.lesson}rikki`]: '{rikki',
      [`${KEYS.reflection}r`]: JSON.stringify({ text: 'Uusi', updatedAt: T }),
    });
    const incoming: LearnerData = {
      lessons: { tuotu: { visitedAt: T, completedAt: T } },
      quizzes: {},
      reflections: { r: { text: 'Vanha', updatedAt: '2026-01-01T00:00:00.000Z' } },
      assignments: {},
      positions: {},
      last: { lessonId: 'tuotu', at: T },
    };
    s.mergeAll(incoming);
    expect(s.raw()).toMatchObject({
      [`${KEYS.lesson}oma`]: JSON.stringify({ visitedAt: T }),
      [`${KEYS.lesson}rikki`]: '{rikki',
      [`${KEYS.lesson}tuotu`]: JSON.stringify({ visitedAt: T, completedAt: T }),
      [`${KEYS.reflection}r`]: JSON.stringify({ text: 'Uusi', updatedAt: T }),
      [KEYS.last]: JSON.stringify({ lessonId: 'tuotu', at: T }),
    });
  });

  it('delete everything, unreadable values included', async () => {
    const s = await open({ [`${KEYS.lesson}a`]: JSON.stringify({ visitedAt: T }), [`${KEYS.quiz}q`]: '[]', [KEYS.name]: '"Maija"' });
    s.deleteAll();
    expect(s.raw()).toEqual({});
  });
});

describe('nothing the learner wrote is lost (issue 17)', () => {
  const entry = (text: string, at = T) => JSON.stringify({ text, updatedAt: at });

  it('a save over a text another tab saved meanwhile is a conflict, and writes nothing (17.1)', async () => {
    const s = await open({ [`${KEYS.reflection}r`]: entry('Alku') });
    const base = s.$reflections.get().r as { text: string; updatedAt: string };
    // Tab B saves while this tab's field still holds its own edit.
    s.backend.data.set(`${KEYS.reflection}r`, entry('Toisen välilehden teksti', '2026-11-20T11:00:00.000Z'));
    expect(s.saveReflection('r', 'Oma vanha teksti', base)).toMatchObject({
      kind: 'conflict',
      other: { text: 'Toisen välilehden teksti' },
    });
    expect(JSON.parse(s.backend.data.get(`${KEYS.reflection}r`)!).text).toBe('Toisen välilehden teksti');
  });

  it('a save records the version it was edited from, so a tab whose save it hides can tell (17.1)', async () => {
    const s = await open({ [`${KEYS.reflection}r`]: entry('Alku') });
    const base = s.$reflections.get().r as { text: string; updatedAt: string };
    expect(s.saveReflection('r', 'Alku ja jatko', base)).toMatchObject({ kind: 'saved', entry: { basedOn: T } });
    expect(JSON.parse(s.backend.data.get(`${KEYS.reflection}r`)!)).toMatchObject({ text: 'Alku ja jatko', basedOn: T });
    // A first answer was edited from nothing.
    expect(s.saveReflection('toinen', 'Ensimmäinen', undefined)).toMatchObject({ kind: 'saved' });
    expect(JSON.parse(s.backend.data.get(`${KEYS.reflection}toinen`)!).basedOn).toBeUndefined();
  });

  it('a blur that changed nothing saves nothing, even when another tab saved since (17.1)', async () => {
    const s = await open({ [`${KEYS.reflection}r`]: entry('Alku') });
    const base = s.$reflections.get().r as { text: string; updatedAt: string };
    s.backend.data.set(`${KEYS.reflection}r`, entry('Uudempi', '2026-11-20T11:00:00.000Z'));
    expect(s.saveReflection('r', 'Alku', base)).toEqual({ kind: 'unchanged' });
    expect(JSON.parse(s.backend.data.get(`${KEYS.reflection}r`)!).text).toBe('Uudempi');
  });

  it('no writer overwrites a stored value it cannot read (17.2)', async () => {
    const long = entry('x'.repeat(50_001));
    const stored = {
      [`${KEYS.reflection}r`]: long,
      [`${KEYS.quiz}q`]: '{"correct":"rikki"}',
      [`${KEYS.assignment}a`]: '[1]',
      [KEYS.name]: '{"ei":"nimi"}',
    };
    const s = await open(stored);
    expect(s.saveReflection('r', 'uusi', undefined)).toEqual({ kind: 'unreadable' });
    expect(s.recordQuizResult('q', { correct: 1, total: 1, percent: 100, passed: true, answers: {} })).toBe(false);
    expect(s.saveAssignment({ id: 'a', name: 'N', lessons: ['x'] })).toBe(false);
    expect(s.setLearnerName('Maija')).toBe(false);
    expect(s.raw()).toEqual(stored);
  });

  it('an import that storage cannot hold whole changes nothing and says so (17.4)', async () => {
    const stored = { [`${KEYS.reflection}vanha`]: entry('Tärkeä teksti') };
    const s = await open(stored, { limit: 4000 });
    const incoming = emptyData();
    for (let i = 0; i < 200; i++) incoming.reflections[`r${i}`] = { text: `Vastaus ${i}`, updatedAt: T };
    expect(s.mergeAll(incoming)).toBe(false);
    expect(s.raw()).toEqual(stored);
    expect(s.replaceAll(incoming)).toBe(false);
    expect(s.raw()).toEqual(stored);
    expect(s.faults.get()).toContain('full');
    expect(Object.keys(s.$reflections.get())).toEqual(['vanha']);
  });

  it('a merge keeps a stored value that cannot be read, even when the file has the same item', async () => {
    const stored = { [`${KEYS.reflection}r`]: '{rikki', [KEYS.name]: '[]' };
    const s = await open(stored);
    const incoming = { ...emptyData(), reflections: { r: { text: 'Tuotu', updatedAt: T } }, name: 'Tuotu Nimi' };
    expect(s.mergeAll(incoming)).toBe(true);
    expect(s.raw()).toEqual(stored);
  });

  it('a big import is written in one linear batch', async () => {
    const s = await open({});
    const incoming = emptyData();
    for (let i = 0; i < 1000; i++) {
      incoming.reflections[`r${i}`] = { text: `Vastaus ${i}`, updatedAt: T };
      incoming.lessons[`l${i}`] = { visitedAt: T };
    }
    const started = performance.now();
    expect(s.mergeAll(incoming)).toBe(true);
    expect(s.mergeAll(incoming)).toBe(true);
    // Quadratic copying of 2,000 items took seconds; linear is a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(Object.keys(s.raw())).toHaveLength(2000);
  });

  it('a stored key `…:__proto__` is ignored, and no junk keys are written (17.6)', async () => {
    const stored = { [`${KEYS.lesson}__proto__`]: JSON.stringify({ visitedAt: T }), [`${KEYS.lesson}a`]: JSON.stringify({ visitedAt: T }) };
    const s = await open(stored);
    s.markVisited('b');
    expect(Object.keys(s.$lessonProgress.get()).sort()).toEqual(['a', 'b']);
    expect(Object.keys(s.raw()).sort()).toEqual([`${KEYS.lesson}__proto__`, `${KEYS.lesson}a`, `${KEYS.lesson}b`, KEYS.last].sort());
  });

  it('delete all removes only the data of this deployment (17.5)', async () => {
    const other = { 'asiakasosallisuus@/toinen/:lesson:a': '{}', 'muu-sivu': 'x' };
    const s = await open({ ...other, [`${KEYS.lesson}a`]: JSON.stringify({ visitedAt: T }), [`${P}tuntematon`]: '1' });
    expect(s.deleteAll()).toBe(true);
    expect(s.raw()).toEqual(other);
  });

  it('moves the keys of the old prefix once, on the first visit', async () => {
    const s = await open({ 'asiakasosallisuus:lesson:a': JSON.stringify({ visitedAt: T }), 'asiakasosallisuus:version': '1' });
    expect(s.raw()).toEqual({ [`${KEYS.lesson}a`]: JSON.stringify({ visitedAt: T }) });
    expect(s.$lessonProgress.get()).toEqual({ a: { visitedAt: T } });
  });

  it('says when text lives only in memory, and remembers the last section of a lesson', async () => {
    const s = await open({}, { limit: 10 });
    s.saveReflection('r', 'Teksti, joka ei mahdu', undefined);
    expect(s.isReflectionStored('r')).toBe(false);
    const t = await open({});
    t.saveReflection('r', 'Mahtuu', undefined);
    expect(t.isReflectionStored('r')).toBe(true);
    t.setLastSection('talon-rakenne', 'kerrokset');
    expect(t.lastSection('talon-rakenne')).toBe('kerrokset');
  });

  it('stores a quiz result with every kind of answer readable', async () => {
    const s = await open({});
    // One answer of each question type (quiz.ts `AnswerByType`).
    const answers = { single: 2, scenario: 0, multiple: [0, 3], truefalse: false, ordering: [2, 0, 1], categorize: ['a', '', 'b'] };
    expect(s.recordQuizResult('q', { correct: 3, total: 6, percent: 50, passed: false, answers })).toBe(true);
    const t = await open(s.raw());
    expect(t.$quizResults.get().q).toMatchObject({ answers });
  });
});
