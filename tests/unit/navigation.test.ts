import { describe, expect, it } from 'vitest';
import { buildCourseTree, courseMinutes, flattenLessons, neighbours, roundedHours } from '../../src/lib/navigation';

const modules = [
  { id: 'b', order: 1, title: 'B', description: '' },
  { id: 'a', order: 0, title: 'A', description: '' },
  { id: 'empty', order: 2, title: 'Tyhjä', description: '' },
];
const lesson = (id: string, module: string, order: number, minutes = 10) => ({
  id,
  module,
  order,
  minutes,
  title: id.toUpperCase(),
  description: '',
});
const lessons = [lesson('b2', 'b', 2), lesson('a1', 'a', 1, 15), lesson('b1', 'b', 1), lesson('a2', 'a', 2, 20)];

describe('buildCourseTree', () => {
  it('orders modules and their lessons and sums the minutes', () => {
    const tree = buildCourseTree(modules, lessons);
    expect(tree.map((m) => m.id)).toEqual(['a', 'b', 'empty']);
    expect(tree[0]!.lessons.map((l) => l.id)).toEqual(['a1', 'a2']);
    expect(tree[0]!.minutes).toBe(35);
    expect(tree[2]!.lessons).toEqual([]);
    expect(courseMinutes(tree)).toBe(55);
  });

  it('names the lesson whose module does not exist', () => {
    expect(() => buildCourseTree(modules, [lesson('x1', 'nope', 1)])).toThrow(/"x1".*"nope"/);
  });

  it('refuses two lessons with the same id', () => {
    expect(() => buildCourseTree(modules, [lesson('a1', 'a', 1), lesson('a1', 'b', 1)])).toThrow(/"a1"/);
  });
});

describe('neighbours', () => {
  const tree = buildCourseTree(modules, lessons);
  it('crosses module borders in study order', () => {
    expect(flattenLessons(tree).map((l) => l.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
    const { prev, next } = neighbours(tree, 'a2');
    expect(prev?.id).toBe('a1');
    expect(next?.id).toBe('b1');
  });
  it('has no previous for the first and no next for the last lesson', () => {
    expect(neighbours(tree, 'a1').prev).toBeUndefined();
    expect(neighbours(tree, 'b2').next).toBeUndefined();
    expect(neighbours(tree, 'missing')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('roundedHours', () => {
  it('rounds to half hours with a Finnish decimal comma', () => {
    expect(roundedHours(270)).toBe(4.5);
    expect(roundedHours(300)).toBe(5);
    expect(roundedHours(5)).toBe(0.5);
  });
});
