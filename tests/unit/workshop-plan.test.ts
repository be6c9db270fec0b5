import { describe, expect, it } from 'vitest';
import { hoursAndMinutes, PLAN_PARTS, workshopPlan } from '../../src/lib/workshop-plan';

const lessons = (...minutes: number[]) => minutes.map((m, i) => ({ id: `l${i + 1}`, workshopMinutes: m }));
const kinds = (plan: ReturnType<typeof workshopPlan>) => plan.steps.map((s) => s.kind);

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

  it('pauses between lessons whenever work would run past an hour and a half', () => {
    const plan = workshopPlan(lessons(40, 45, 40, 30), 13 * 60);
    expect(kinds(plan)).toEqual(['opening', 'lesson', 'break', 'lesson', 'lesson', 'break', 'lesson', 'closing']);
    expect(plan.minutes).toBe(10 + 155 + 2 * 15 + 15);
  });

  it('gives a day-long workshop a lunch around midday, once, and breaks otherwise', () => {
    const plan = workshopPlan(lessons(45, 45, 45, 45, 45, 45, 45, 45), 9 * 60);
    expect(kinds(plan).filter((k) => k === 'lunch')).toHaveLength(1);
    const lunch = plan.steps.find((s) => s.kind === 'lunch')!;
    expect(lunch.start).toBeGreaterThanOrEqual(PLAN_PARTS.lunchFrom);
    expect(lunch.start).toBeLessThanOrEqual(PLAN_PARTS.lunchUntil);
    expect(lunch.minutes).toBe(PLAN_PARTS.lunch);
    expect(kinds(plan).filter((k) => k === 'break').length).toBeGreaterThanOrEqual(2);
    // No stretch of work longer than the limit between pauses.
    let since = 0;
    for (const s of plan.steps) since = s.kind === 'break' || s.kind === 'lunch' ? 0 : since + s.minutes;
    expect(since).toBeLessThanOrEqual(PLAN_PARTS.breakEvery + PLAN_PARTS.closing);
  });

  it('adds no pause to a short workshop or inside a single long lesson', () => {
    expect(workshopPlan(lessons(35, 40), 0).steps.some((s) => s.kind === 'break')).toBe(false);
    expect(workshopPlan(lessons(200), 0).steps.some((s) => s.kind === 'break')).toBe(false);
  });

  it('says lengths in hours and minutes', () => {
    expect(hoursAndMinutes(95)).toEqual({ hours: 1, minutes: 35 });
    expect(hoursAndMinutes(45)).toEqual({ hours: 0, minutes: 45 });
    expect(hoursAndMinutes(120)).toEqual({ hours: 2, minutes: 0 });
  });
});
