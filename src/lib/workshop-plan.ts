/**
 * The time plan of a workshop handout: an opening, the chosen lessons' workshop parts with
 * breaks (and lunch in a day-long workshop) where people need them, and a closing. Times are
 * minutes after midnight. The learners' own study of the lessons happens before the workshop
 * and is not scheduled here.
 */

/** Lengths of the parts around the lessons, and when pauses come, in minutes. */
export const PLAN_PARTS = {
  opening: 10,
  closing: 15,
  break: 15,
  lunch: 45,
  /** Work longer than this without a pause gets one before the next lesson. */
  breakEvery: 90,
  /** A pause that falls in this window of the day is lunch (once a day). */
  lunchFrom: 11 * 60,
  lunchUntil: 13 * 60 + 30,
} as const;

export interface PlanStep {
  kind: 'opening' | 'lesson' | 'break' | 'lunch' | 'closing';
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
  const steps: PlanStep[] = [];
  let at = start;
  let sincePause = 0;
  let hadLunch = false;
  const add = (step: Omit<PlanStep, 'start' | 'end'>) => {
    steps.push({ ...step, start: at, end: at + step.minutes });
    at += step.minutes;
  };
  add({ kind: 'opening', minutes: PLAN_PARTS.opening });
  sincePause = PLAN_PARTS.opening;
  for (const l of lessons) {
    // A pause between lessons, never inside one: when the next lesson would run past the limit.
    if (steps.length > 1 && sincePause + l.workshopMinutes > PLAN_PARTS.breakEvery) {
      const lunch: boolean = !hadLunch && at >= PLAN_PARTS.lunchFrom && at <= PLAN_PARTS.lunchUntil;
      hadLunch ||= lunch;
      add(lunch ? { kind: 'lunch', minutes: PLAN_PARTS.lunch } : { kind: 'break', minutes: PLAN_PARTS.break });
      sincePause = 0;
    }
    add({ kind: 'lesson', lessonId: l.id, minutes: l.workshopMinutes });
    sincePause += l.workshopMinutes;
  }
  add({ kind: 'closing', minutes: PLAN_PARTS.closing });
  return { steps, minutes: at - start };
}

/** A length in hours and minutes, for "1 h 30 min": `{ hours: 1, minutes: 30 }`. */
export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
