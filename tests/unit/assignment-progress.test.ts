import { describe, expect, it } from 'vitest';
import { assignmentProgress } from '../../src/lib/assignment-progress';
import { openAssignments } from '../../src/lib/open-assignments';
import { lessonsById } from '../../src/lib/catalog';

const T = '2026-11-20T10:00:00.000Z';
const lesson = (id: string, minutes: number) => ({ id, title: id.toUpperCase(), minutes, workshopMinutes: 30, href: `/${id}/` });
const lessons = lessonsById([{ id: 'm', order: 1, title: 'M', lessons: [lesson('a', 10), lesson('b', 15), lesson('c', 20)] }]);

describe('assignment progress', () => {
  it('shows each lesson as new, started or done and leads to the first one not done', () => {
    const p = assignmentProgress(['a', 'b', 'c'], lessons, { a: { visitedAt: T, completedAt: T }, b: { visitedAt: T } });
    expect(p.rows.map((r) => [r.lesson.id, r.status])).toEqual([
      ['a', 'done'],
      ['b', 'started'],
      ['c', 'new'],
    ]);
    expect(p).toMatchObject({ done: 1, total: 3, minutes: 45, remainingMinutes: 35, missing: [] });
    expect(p.next?.id).toBe('b');
  });

  it('finds the first unfinished lesson even when a later one is done', () => {
    expect(assignmentProgress(['a', 'b'], lessons, { b: { completedAt: T } }).next?.id).toBe('a');
  });

  it('has no next lesson when everything is done', () => {
    const p = assignmentProgress(['a'], lessons, { a: { completedAt: T } });
    expect(p.next).toBeUndefined();
    expect(p.remainingMinutes).toBe(0);
  });

  it('leaves out lessons the course no longer has, and ignores unreadable progress', () => {
    const p = assignmentProgress(['a', 'vanha'], lessons, { a: { unreadable: '{' } });
    expect(p.rows.map((r) => r.status)).toEqual(['new']);
    expect(p.missing).toEqual(['vanha']);
    expect(p.total).toBe(1);
  });
});

describe('open assignments', () => {
  const entry = (id: string, lessons: string[], receivedAt: string) => ({ id, name: id, lessons, receivedAt });
  it('lists the unfinished ones newest first, each with its next lesson, and leaves out done ones', () => {
    const known = new Set(['a', 'b', 'c']);
    const open = openAssignments(
      {
        vanha: entry('vanha', ['a', 'b'], '2026-11-01T10:00:00.000Z'),
        uusi: entry('uusi', ['a', 'c', 'poistettu'], '2026-11-10T10:00:00.000Z'),
        tehty: entry('tehty', ['a'], '2026-11-12T10:00:00.000Z'),
        rikki: { unreadable: '{' },
      },
      known,
      { a: { completedAt: T } },
    );
    expect(open.map((o) => [o.entry.id, o.done, o.total, o.openIds])).toEqual([
      ['uusi', 1, 2, ['c']],
      ['vanha', 1, 2, ['b']],
    ]);
  });
});
