import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  backupFileName,
  createBackup,
  emptyData,
  MAX_BACKUP_BYTES,
  mergeData,
  parseBackup,
  summarize,
} from '../../src/lib/backup';
import type { LearnerData } from '../../src/lib/learner-data';
import { quizResult } from './helpers/quiz-result';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-20T10:00:00.000Z';
const quiz = (percent: number, at: string, attempts = 1) => ({ ...quizResult(percent, at, attempts), answers: {} });
const data: LearnerData = {
  lessons: { 'talon-rakenne': { visitedAt: T1, completedAt: T1 } },
  quizzes: { talo: quiz(90, T1) },
  reflections: { 'talo-oma-yksikko': { text: 'Oma vastaus', updatedAt: T1 } },
  assignments: { a1: { id: 'a1', name: 'Työpaja', lessons: ['talon-rakenne'], receivedAt: T1 } },
  positions: { 'talon-rakenne': { heading: 'kerrokset', at: T1 } },
  last: { lessonId: 'talon-rakenne', at: T1 },
  name: 'Maija Meikäläinen',
};

describe('backup file', () => {
  it('round-trips through export and import', () => {
    const file = createBackup(data, new Date(T2));
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, backup: file });
    expect(backupFileName(new Date(T2))).toBe('asiakasosallisuus-varmuuskopio-2026-11-20.json');
  });

  it.each([
    ['not JSON', '{"format": "asiakasosallisuus-', 'not-json'],
    ['another JSON file', JSON.stringify({ hello: 'world' }), 'not-backup'],
    ['an array', '[1,2,3]', 'not-backup'],
    ['a missing version', JSON.stringify({ format: BACKUP_FORMAT, data: {} }), 'not-backup'],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 7, data: {} }), 'newer'],
    ['data that is not an object', JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: 'x' }), 'invalid'],
  ])('refuses %s', (_, text, reason) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.reason).toBe(reason);
  });

  it('reads a backup made before section positions were kept', () => {
    const { positions: _, ...old } = data;
    const parsed = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: T2, data: old }));
    expect(parsed.ok && parsed.backup.data.positions).toEqual({});
  });

  it('refuses a file with too many entries before checking them (issue 17.4)', () => {
    const lessons = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`l${i}`, {}]));
    const started = performance.now();
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: { lessons } }))).toMatchObject({
      ok: false,
      error: { reason: 'too-many', section: 'lessons' },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an oversized file before parsing it', () => {
    const result = parseBackup(`"${'x'.repeat(MAX_BACKUP_BYTES)}"`);
    expect(!result.ok && result.error).toMatchObject({ reason: 'too-large' });
  });

  it('refuses a hostile file whole, naming the section and key', () => {
    const hostile = (d: object) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: d });
    expect(parseBackup(hostile({ lessons: JSON.parse('{"__proto__": {"completedAt": "x"}}') }))).toMatchObject({
      ok: false,
      error: { reason: 'invalid', section: 'lessons', key: '__proto__' },
    });
    expect(parseBackup(hostile({ reflections: { r1: { text: 'x'.repeat(60_000), updatedAt: T1 } } }))).toMatchObject({
      ok: false,
      error: { section: 'reflections', key: 'r1' },
    });
    expect(parseBackup(hostile({ quizzes: { q: { ...quiz(50, T1), percent: 'sata' } } }))).toMatchObject({
      ok: false,
      error: { section: 'quizzes' },
    });
    expect(parseBackup(hostile({ ...data, name: 42 }))).toMatchObject({ ok: false, error: { section: 'name' } });
  });
});

describe('merging imported data', () => {
  it('keeps everything of both and the best of each item', () => {
    const incoming: LearnerData = {
      lessons: { 'talon-rakenne': { visitedAt: T2 }, uusi: { visitedAt: T2 } },
      quizzes: { talo: quiz(70, T2, 3), tasot: quiz(80, T2) },
      reflections: { 'talo-oma-yksikko': { text: 'Uudempi', updatedAt: T2 }, muu: { text: 'Toinen', updatedAt: T1 } },
      assignments: { a2: { id: 'a2', name: 'Toinen', lessons: [], receivedAt: T2 } },
      positions: { 'talon-rakenne': { heading: 'talo', at: T2 } },
      last: { lessonId: 'uusi', at: T2 },
    };
    const merged = mergeData(data, incoming);
    expect(merged.lessons).toEqual({ 'talon-rakenne': { visitedAt: T1, completedAt: T1 }, uusi: { visitedAt: T2 } });
    expect(merged.quizzes.talo).toMatchObject({ percent: 70, at: T2, attempts: 3, bestPercent: 90 });
    expect(merged.quizzes.tasot).toBeDefined();
    expect(merged.reflections['talo-oma-yksikko']!.text).toBe('Uudempi');
    expect(merged.reflections.muu!.text).toBe('Toinen');
    expect(Object.keys(merged.assignments).sort()).toEqual(['a1', 'a2']);
    expect(merged.last).toEqual({ lessonId: 'uusi', at: T2 });
    expect(merged.name).toBe('Maija Meikäläinen');
    expect(merged.positions['talon-rakenne']).toEqual({ heading: 'talo', at: T2 });
  });

  it('keeps a merged quiz result consistent: the latest attempt, its best never below it', () => {
    const merged = mergeData(data, { ...emptyData(), quizzes: { talo: { ...quiz(100, T2, 1) } } });
    expect(merged.quizzes.talo).toMatchObject({ percent: 100, passed: true, bestPercent: 100, attempts: 1, at: T2 });
    const older = mergeData(data, { ...emptyData(), quizzes: { talo: { ...quiz(40, '2026-01-01T00:00:00.000Z', 5) } } });
    expect(older.quizzes.talo).toMatchObject({ percent: 90, passed: true, bestPercent: 90, attempts: 5, at: T1 });
  });

  it('never uses an Object.prototype member as an item', () => {
    const merged = mergeData(emptyData(), {
      ...emptyData(),
      lessons: JSON.parse('{"__proto__": {"visitedAt": "2026-11-01T10:00:00.000Z"}}'),
    });
    expect(Object.getPrototypeOf(merged.lessons)).toBe(Object.prototype);
  });

  it('does not let an older reflection replace a newer one', () => {
    const older: LearnerData = {
      ...emptyData(),
      reflections: { 'talo-oma-yksikko': { text: 'Vanha', updatedAt: '2026-01-01T00:00:00.000Z' } },
    };
    expect(mergeData(data, older).reflections['talo-oma-yksikko']!.text).toBe('Oma vastaus');
  });
});

describe('summarize', () => {
  it('counts what the data holds', () => {
    const withDraft: LearnerData = {
      ...data,
      lessons: { ...data.lessons, avattu: { visitedAt: T2 } },
      reflections: { ...data.reflections, tyhja: { text: '  ', updatedAt: T2 } },
    };
    expect(summarize(withDraft)).toEqual([
      ['lessons', 1],
      ['visited', 2],
      ['quizzes', 1],
      ['reflections', 1],
      ['assignments', 1],
      ['name', 'Maija Meikäläinen'],
    ]);
  });
  it('leaves out a name that is not there', () => {
    expect(summarize(emptyData()).map(([line]) => line)).toEqual(['lessons', 'visited', 'quizzes', 'reflections', 'assignments']);
  });
});
