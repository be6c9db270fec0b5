import { describe, expect, it } from 'vitest';
import type { CatalogModule } from '../../src/lib/catalog';
import { moduleState, selectionTotals, setLesson, setModule } from '../../src/lib/lesson-selection';

const lesson = (id: string, minutes: number, workshopMinutes: number) => ({ id, title: id, minutes, workshopMinutes, href: `/${id}/` });
const catalog: CatalogModule[] = [
  { id: 'a', order: 0, title: 'A', lessons: [lesson('a1', 10, 20)] },
  { id: 'b', order: 1, title: 'B', lessons: [lesson('b1', 15, 30), lesson('b2', 20, 45)] },
];
const [a, b] = catalog as [CatalogModule, CatalogModule];

describe('choosing lessons', () => {
  it('ticks and clears a whole module without touching others', () => {
    const all = setModule(new Set(['a1']), b, true);
    expect([...all].sort()).toEqual(['a1', 'b1', 'b2']);
    expect([...setModule(all, b, false)]).toEqual(['a1']);
  });

  it('tells whether a module is chosen wholly, partly or not at all', () => {
    expect(moduleState(b, new Set())).toBe('none');
    expect(moduleState(b, new Set(['b2']))).toBe('some');
    expect(moduleState(b, new Set(['b1', 'b2']))).toBe('all');
    expect(moduleState(a, setLesson(new Set(), 'a1', true))).toBe('all');
    expect(moduleState(a, setLesson(new Set(['a1']), 'a1', false))).toBe('none');
  });

  it('sums study and workshop time and lists the lessons in course order', () => {
    const totals = selectionTotals(catalog, new Set(['b2', 'a1']));
    expect(totals.lessons.map((l) => l.id)).toEqual(['a1', 'b2']);
    expect(totals).toMatchObject({ minutes: 30, workshopMinutes: 65 });
    expect(selectionTotals(catalog, new Set())).toEqual({ lessons: [], minutes: 0, workshopMinutes: 0 });
  });

  it('counts no workshop time for pre-reading, but its study time', () => {
    expect(selectionTotals(catalog, new Set(['b2', 'a1']), new Set(['b2']))).toMatchObject({ minutes: 30, workshopMinutes: 20 });
  });
});
