import { describe, expect, it } from 'vitest';
import { PLAN_PARTS, workshopPlan } from '../../src/lib/workshop-plan';

const lessons = (...minutes: number[]) => minutes.map((m, i) => ({ id: `l${i + 1}`, workshopMinutes: m }));

describe('workshop time plan', () => {
  it('puts an opening before and a closing after the lessons, one after another', () => {
    const { steps, minutes } = workshopPlan(lessons(30, 40), 9 * 60);
    expect(steps.map((s) => [s.kind, s.lessonId, s.start, s.end])).toEqual([
      ['opening', undefined, 540, 550],
      ['lesson', 'l1', 550, 580],
      ['lesson', 'l2', 580, 620],
      ['closing', undefined, 620, 635],
    ]);
    expect(minutes).toBe(PLAN_PARTS.opening + 70 + PLAN_PARTS.closing);
  });

  it('adds one break near the middle of a long workshop, never after the last lesson', () => {
    const { steps, minutes } = workshopPlan(lessons(40, 45, 40, 30), 13 * 60);
    expect(steps.map((s) => s.kind)).toEqual(['opening', 'lesson', 'lesson', 'break', 'lesson', 'lesson', 'closing']);
    expect(minutes).toBe(10 + 155 + 15 + 15);

    const two = workshopPlan(lessons(100, 20), 0);
    expect(two.steps.map((s) => s.kind)).toEqual(['opening', 'lesson', 'break', 'lesson', 'closing']);
  });

  it('adds no break to a short workshop or to a single lesson', () => {
    expect(workshopPlan(lessons(45, 45), 0).steps.some((s) => s.kind === 'break')).toBe(false);
    expect(workshopPlan(lessons(200), 0).steps.some((s) => s.kind === 'break')).toBe(false);
  });
});
