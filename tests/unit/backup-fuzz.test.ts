/**
 * Property-based fuzz of the backup parser (issue 17, Tests): generated backup files, valid and
 * hostile, through `parseBackup` and the real stores. It never throws, never accepts a file whose
 * data would be stored unreadable, refuses every known-bad file, and a refused or unstorable
 * import never changes storage.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_RULES, emptyData, KIND_NAMES, kindOf, parseBackup } from '../../src/lib/backup';
import { decoder, isUnreadable, KINDS, storagePrefix, VERSION_KEY, type LearnerData } from '../../src/lib/learner-data';
import { fakeStorage } from './helpers/fake-storage';

const RUNS = 1000;
const P = storagePrefix('/');
const figures = { tried: 0, refused: 0, accepted: 0, storedWhole: 0, refusedByStorage: 0 };

// ---- valid data ----
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/).filter((s) => !(s in Object.prototype));
const text = (max: number) => fc.oneof(fc.string({ maxLength: max }), fc.string({ maxLength: max, unit: 'binary' }));
const lesson = fc.record({ visitedAt: date, completedAt: date }, { requiredKeys: [] });
const answer = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.boolean(),
  fc.array(fc.constantFrom('', 'luokka-a', 'b'), { maxLength: 8 }),
  fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 8 }),
  fc.dictionary(id, text(30), { maxKeys: 5 }),
);
const quiz = fc
  .record({
    total: fc.integer({ min: 0, max: 50 }),
    percent: fc.integer({ min: 0, max: 100 }),
    extra: fc.integer({ min: 0, max: 100 }),
    passed: fc.boolean(),
    at: date,
    attempts: fc.integer({ min: 0, max: 99 }),
    answers: fc.dictionary(id, answer, { maxKeys: 6 }),
  })
  .chain((q) =>
    fc.integer({ min: 0, max: q.total }).map((correct) => ({
      correct,
      total: q.total,
      percent: q.percent,
      passed: q.passed,
      at: q.at,
      attempts: q.attempts,
      bestPercent: Math.min(100, q.percent + q.extra),
      answers: q.answers,
    })),
  );
const reflection = fc.record({ text: text(300), updatedAt: date });
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const assignment = fc.record(
  { id, name: text(50), note: text(100), due: day, lessons: fc.array(id, { maxLength: 5 }), receivedAt: date },
  { requiredKeys: ['id', 'name', 'lessons', 'receivedAt'] },
);
const position = fc.record({ heading: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), at: date });
const data: fc.Arbitrary<LearnerData> = fc.record(
  {
    lessons: fc.dictionary(id, lesson, { maxKeys: 8 }),
    quizzes: fc.dictionary(id, quiz, { maxKeys: 5 }),
    reflections: fc.dictionary(id, reflection, { maxKeys: 5 }),
    assignments: fc.dictionary(id, assignment, { maxKeys: 3 }),
    positions: fc.dictionary(id, position, { maxKeys: 3 }),
    last: fc.record({ lessonId: id, at: date }),
    name: text(60),
  },
  { requiredKeys: ['lessons', 'quizzes', 'reflections', 'assignments', 'positions'] },
);
const file = (d: unknown, extra: Record<string, unknown> = {}) => ({
  format: BACKUP_FORMAT,
  version: 1,
  exportedAt: '2026-11-20T10:00:00.000Z',
  data: d,
  ...extra,
});

// ---- hostile files: each of these must be refused ----
const MAP_KINDS = KIND_NAMES.filter((k) => KINDS[k].shape === 'map');
const mapKind = fc.constantFrom(...MAP_KINDS);
/** A file with one valid item of every map kind, so a mutation always has an item to break. */
const full = data.map((d) => ({
  ...d,
  lessons: { ...d.lessons, 'osa-a': { visitedAt: '2026-11-20T10:00:00.000Z' } },
  quizzes: {
    ...d.quizzes,
    'osa-a': {
      correct: 1,
      total: 2,
      percent: 50,
      passed: false,
      at: '2026-11-20T10:00:00.000Z',
      attempts: 1,
      bestPercent: 50,
      answers: {},
    },
  },
  reflections: { ...d.reflections, 'osa-a': { text: 'x', updatedAt: '2026-11-20T10:00:00.000Z' } },
  assignments: { ...d.assignments, 'osa-a': { id: 'osa-a', name: 'N', lessons: [], receivedAt: '2026-11-20T10:00:00.000Z' } },
  positions: { ...d.positions, 'osa-a': { heading: 'h', at: '2026-11-20T10:00:00.000Z' } },
}));
const PROTO = 'proto-placeholder';
const hostile: fc.Arbitrary<string> = fc.oneof(
  // An extra field on an item (a field named `unreadable` once destroyed a reflection).
  fc
    .tuple(full, mapKind, fc.constantFrom('unreadable', 'x', 'text2'))
    .map(([d, k, f]) =>
      JSON.stringify(file({ ...d, [k]: { ...(d[k] as object), 'osa-a': { ...(d[k] as Record<string, object>)['osa-a'], [f]: 'y' } } })),
    ),
  // An id that is a name of Object.prototype, or not an id at all.
  fc.tuple(full, mapKind, fc.constantFrom(PROTO, 'constructor', 'Iso-Kirjain', '', 'a b', 'x'.repeat(101))).map(([d, k, bad]) => {
    const items = { ...(d[k] as Record<string, unknown>), [bad]: (d[k] as Record<string, unknown>)['osa-a'] };
    return JSON.stringify(file({ ...d, [k]: items })).replace(`"${PROTO}"`, '"__proto__"');
  }),
  // A date that is no real moment.
  fc
    .tuple(full, fc.constantFrom('2026-99-99T99:99:99Z', '2026-02-31T10:00:00.000Z', '2026-11-20', 'NaN', ''))
    .map(([d, bad]) => JSON.stringify(file({ ...d, lessons: { ...d.lessons, 'osa-a': { visitedAt: bad } } }))),
  // Deep nesting where a value is expected.
  fc.tuple(full, fc.integer({ min: 5, max: 200_000 })).map(([d, depth]) => {
    const t = JSON.stringify(file({ ...d, quizzes: { ...d.quizzes, 'osa-a': { ...d.quizzes['osa-a']!, answers: { q: '@@' } } } }));
    return t.replace('"@@"', '['.repeat(depth) + ']'.repeat(depth));
  }),
  // Any JSON value in place of an item, a section or the data.
  fc
    .tuple(full, mapKind, fc.jsonValue({ maxDepth: 3 }))
    .filter(([, k, v]) => !kindOf(k).check(v))
    .map(([d, k, v]) => JSON.stringify(file({ ...d, [k]: { ...(d[k] as object), 'osa-a': v } }))),
  fc
    .tuple(full, fc.constantFrom(...KIND_NAMES), fc.constantFrom(null, 1, 'x', [], [1]))
    .filter(([, k, v]) => KINDS[k].shape === 'map' || !kindOf(k).check(v))
    .map(([d, k, v]) => JSON.stringify(file({ ...d, [k]: v }))),
  // Unknown sections and fields, odd versions, another format.
  fc.tuple(full, fc.constantFrom('unreadable', 'extra', 'LESSONS')).map(([d, k]) => JSON.stringify(file({ ...d, [k]: {} }))),
  fc.tuple(full, fc.constantFrom(0, -1, 2.5, '1', null, 99)).map(([d, v]) => JSON.stringify(file(d, { version: v }))),
  fc.tuple(full, fc.constantFrom('muu', null, 1)).map(([d, v]) => JSON.stringify(file(d, { format: v }))),
  full.map((d) => JSON.stringify(file(d, { extra: true }))),
  // Too many entries in one section.
  mapKind.map((k) =>
    JSON.stringify(
      file({ ...emptyData(), [k]: Object.fromEntries(Array.from({ length: BACKUP_RULES[k].max + 1 }, (_, i) => [`x${i}`, {}])) }),
    ),
  ),
  // Not a backup at all: cut short, random text, random JSON.
  fc.tuple(full, fc.double({ min: 0, max: 0.99, noNaN: true })).map(([d, f]) => {
    const t = JSON.stringify(file(d));
    return t.slice(0, Math.floor(t.length * f));
  }),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);

// ---- the real stores over a fake browser storage ----
let s: Awaited<ReturnType<typeof openStores>>;
async function openStores() {
  const backend = fakeStorage(7_000);
  vi.stubGlobal('window', { localStorage: backend, addEventListener() {}, removeEventListener() {} });
  const learner = await import('../../src/stores/learner');
  const backup = await import('../../src/stores/backup');
  for (const store of Object.values(learner.STORES)) store.listen(() => {});
  return { ...backup, backend };
}
beforeAll(async () => {
  s = await openStores();
});
afterAll(() => {
  vi.unstubAllGlobals();
  console.info(
    `backup fuzz: ${figures.tried} files tried, ${figures.refused} refused, ${figures.accepted} accepted (${figures.storedWhole} stored whole, ${figures.refusedByStorage} refused by full storage, storage unchanged)`,
  );
});

/** Every value under the prefix reads back through its kind's check. */
function everythingReadable(backend: Map<string, string>) {
  for (const [key, raw] of backend) {
    if (!key.startsWith(P) || key === P + VERSION_KEY) continue;
    const rest = key.slice(P.length);
    const name = KIND_NAMES.find((k) => (KINDS[k].shape === 'map' ? rest.startsWith(KINDS[k].key) : rest === KINDS[k].key));
    expect(name, key).toBeDefined();
    expect(isUnreadable(decoder(kindOf(name!).check)(raw)), key).toBe(false);
  }
}

/** Imports a file the way Omat tiedot does; checks all-or-nothing and that nothing is stored unreadable. */
function importCase(textOfFile: string, mode: 'merge' | 'replace') {
  figures.tried++;
  // Merges pile up: start afresh now and then, so both stored and refused imports are met.
  if (figures.tried % 4 === 0) s.deleteAll();
  const before = new Map(s.backend.data);
  let result!: ReturnType<typeof parseBackup>;
  expect(() => (result = parseBackup(textOfFile))).not.toThrow();
  if (!result.ok) {
    figures.refused++;
    expect(s.backend.data).toEqual(before);
    return result;
  }
  figures.accepted++;
  const stored = mode === 'merge' ? s.mergeAll(result.backup.data) : s.replaceAll(result.backup.data);
  if (stored) figures.storedWhole++;
  else {
    figures.refusedByStorage++;
    expect(s.backend.data).toEqual(before);
  }
  everythingReadable(s.backend.data);
  return result;
}

describe('backup parser fuzz', () => {
  it(`accepts every valid generated backup and stores it readable (${RUNS} files)`, () => {
    fc.assert(
      fc.property(data, fc.constantFrom('merge' as const, 'replace' as const), (d, mode) => {
        expect(importCase(JSON.stringify(file(d)), mode).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`refuses every hostile file without changing storage (${RUNS} files)`, () => {
    fc.assert(
      fc.property(hostile, (t) => {
        expect(importCase(t, 'merge').ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on any text (${RUNS} strings)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (t) => void importCase(t, 'replace')),
      { numRuns: RUNS },
    );
  });
});
