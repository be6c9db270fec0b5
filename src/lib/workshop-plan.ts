/**
 * The time plan of a workshop handout: an opening, the chosen lessons' workshop parts, one
 * break when the workshop runs long, and a closing. Times are minutes after midnight.
 */

/** Lengths of the parts around the lessons, in minutes. */
export const PLAN_PARTS = {
  opening: 10,
  closing: 15,
  break: 15,
  /** A workshop longer than this (without the break) gets one break near its middle. */
  breakOver: 120,
} as const;

export interface PlanStep {
  kind: 'opening' | 'lesson' | 'break' | 'closing';
  /** The lesson of a `lesson` step. */
  lessonId?: string;
  minutes: number;
  start: number;
  end: number;
}

/** The steps of the workshop from `start`, and its total length. */
export function workshopPlan(
  lessons: readonly { id: string; workshopMinutes: number }[],
  start: number,
): { steps: PlanStep[]; minutes: number } {
  const parts: Omit<PlanStep, 'start' | 'end'>[] = [
    { kind: 'opening', minutes: PLAN_PARTS.opening },
    ...lessons.map((l) => ({ kind: 'lesson' as const, lessonId: l.id, minutes: l.workshopMinutes })),
    { kind: 'closing', minutes: PLAN_PARTS.closing },
  ];
  const length = parts.reduce((sum, p) => sum + p.minutes, 0);
  if (length > PLAN_PARTS.breakOver && lessons.length > 1) {
    // After the lesson that ends nearest the middle, but never after the last lesson.
    let elapsed = PLAN_PARTS.opening;
    let best = 1;
    let bestDistance = Infinity;
    lessons.slice(0, -1).forEach((l, i) => {
      elapsed += l.workshopMinutes;
      const distance = Math.abs(elapsed - length / 2);
      if (distance < bestDistance) [best, bestDistance] = [i + 1, distance];
    });
    parts.splice(best + 1, 0, { kind: 'break', minutes: PLAN_PARTS.break });
  }
  let at = start;
  const steps = parts.map((p) => {
    const step = { ...p, start: at, end: at + p.minutes };
    at = step.end;
    return step;
  });
  return { steps, minutes: at - start };
}
