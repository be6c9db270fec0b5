import { describe, expect, it, vi } from 'vitest';
import { emptyData, KINDS, storagePrefix, VERSION_KEY, type LearnerData } from '../../src/lib/learner-data';
import { fakeStorage } from './helpers/fake-storage';

const T = '2026-11-20T10:00:00.000Z';
const P = storagePrefix('/');
const KEYS = Object.fromEntries(Object.entries({ lesson: 'lessons', quiz: 'quizzes', reflection: 'reflections', assignment: 'assignments', last: 'last', name: 'name' }).map(([k, kind]) => [k, P + KINDS[kind as keyof typeof KINDS].key])) as Record<'lesson' | 'quiz' | 'reflection' | 'assignment' | 'last' | 'name', string>;

/** Fresh stores over a browser storage that already holds these raw values, as when a page opens. */
async function open(stored: Record<string, string>, { limit = Infinity } = {}) {
  vi.resetModules();
  const backend = fakeStorage(limit);
  for (const [key, value] of Object.entries(stored)) backend.data.set(key, value);
  vi.stubGlobal('window', { localStorage: backend, addEventListener() {}, removeEventListener() {} });
  const { storage, $storageFaults } = await import('../../src/stores/storage');
  const learner = await import('../../src/stores/learner');
  const backup = await import('../../src/stores/backup');
  // Mounted, as the islands mount them: stored values are read in.
  for (const store of Object.values(learner.STORES)) store.listen(() => {});
  /** What the browser's storage holds, without the version mark. */
  const raw = () => Object.fromEntries([...backend.data].filter(([key]) => key !== P + VERSION_KEY));
  return { ...learner, ...backup, raw, backend, storage, faults: $storageFaults };
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
