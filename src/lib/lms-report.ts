/**
 * What the course reports to a learning platform (issue 12): completion, pass/fail and score,
 * location and session time, as SCORM 1.2 and SCORM 2004 data model values. Pure: the values are
 * written by the thin runtime in src/lms/.
 * @see SCORM 1.2 RTE 3.4 (cmi.core.*), SCORM 2004 4th ed. RTE 4.2 (cmi.*)
 */
import type { PlatformQuiz, PlatformState } from './lms-state';

export type ScormVersion = '1.2' | '2004';

/** What the rules need to know of the course, from the content at build time. */
export interface CourseFacts {
  lessonIds: readonly string[];
  /** The quiz with `final: true`: the grade comes from its best result. */
  finalQuiz: { id: string; passPercent: number };
}

export interface CourseReport {
  /** Every lesson of the course is done. */
  completed: boolean;
  /** From the final quiz's best result; unknown until it has been checked. */
  success: 'passed' | 'failed' | 'unknown';
  /** The final quiz's best score in percent, once checked. */
  score?: number;
  /** Share of lessons done, 0–1. */
  progress: number;
  /** The lesson the learner was on last. */
  location?: string;
}

/**
 * The course's status from the learner's state. The final quiz counts as passed once its best
 * score reaches the pass mark (as for the certificate), so a weaker later try takes nothing away.
 */
export function courseReport(state: PlatformState, facts: CourseFacts): CourseReport {
  const done = facts.lessonIds.filter((id) => id in state.lessons).length;
  const total = facts.lessonIds.length;
  const final = state.quizzes[facts.finalQuiz.id];
  const passed = !!final && (final.passed || final.bestPercent >= facts.finalQuiz.passPercent);
  return {
    completed: total > 0 && done === total,
    success: !final ? 'unknown' : passed ? 'passed' : 'failed',
    ...(final && { score: final.bestPercent }),
    progress: total ? Math.round((done / total) * 100) / 100 : 0,
    ...(state.last && { location: state.last.lessonId }),
  };
}

/**
 * SCORM 1.2 has one status for both: passed once the course is completed and the final quiz
 * passed, failed while the final quiz's best score is below the pass mark (the learner may try
 * again, and the status then changes), completed or incomplete otherwise.
 */
export function lessonStatus12(r: CourseReport): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (r.success === 'failed') return 'failed';
  if (!r.completed) return 'incomplete';
  return r.success === 'passed' ? 'passed' : 'completed';
}

/** The data model values that carry the report, in the order they are set. */
export function reportValues(version: ScormVersion, r: CourseReport): [string, string][] {
  const score = r.score === undefined ? undefined : String(r.score);
  if (version === '1.2') {
    return [
      ['cmi.core.lesson_status', lessonStatus12(r)],
      ...(score
        ? ([
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', score],
          ] as [string, string][])
        : []),
      ...(r.location ? ([['cmi.core.lesson_location', r.location]] as [string, string][]) : []),
    ];
  }
  return [
    ['cmi.completion_status', r.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', r.success],
    ['cmi.progress_measure', String(r.progress)],
    ...(score
      ? ([
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', score],
          ['cmi.score.scaled', String(r.score! / 100)],
        ] as [string, string][])
      : []),
    ...(r.location ? ([['cmi.location', r.location]] as [string, string][]) : []),
  ];
}

/**
 * A checked quiz as the interaction record `n`: the quiz, when it was checked, its score in
 * percent as the response, and whether it passed. One record per check, so the platform's
 * report lists every attempt; the single answers stay in the browser.
 */
export function interactionValues(version: ScormVersion, n: number, quizId: string, q: PlatformQuiz): [string, string][] {
  const at = `cmi.interactions.${n}.`;
  const response = String(q.percent);
  const iso = new Date(q.at).toISOString();
  if (version === '1.2') {
    return [
      [`${at}id`, quizId],
      [`${at}type`, 'numeric'],
      [`${at}time`, iso.slice(11, 19)],
      [`${at}student_response`, response],
      [`${at}result`, q.passed ? 'correct' : 'wrong'],
    ];
  }
  return [
    [`${at}id`, `urn:asiakasosallisuus:tietovisa:${quizId}`],
    [`${at}type`, 'numeric'],
    // SCORM 2004 allows a time zone only after fractions of a second (RTE C.1.4).
    [`${at}timestamp`, `${iso.slice(0, 22)}Z`],
    [`${at}learner_response`, response],
    [`${at}result`, q.passed ? 'correct' : 'incorrect'],
  ];
}

/** Names of the elements the runtime writes besides the report, per version. */
export const ELEMENTS = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    interactions: 'cmi.interactions._count',
  },
  '2004': { suspendData: 'cmi.suspend_data', exit: 'cmi.exit', sessionTime: 'cmi.session_time', interactions: 'cmi.interactions._count' },
} as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Session time as SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (at most 9999 hours). */
export function sessionTime12(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** Session time as a SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H2M3.45S`. */
export function sessionTime2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
  return `PT${parts}`;
}

export const sessionTime = (version: ScormVersion, ms: number) => (version === '1.2' ? sessionTime12(ms) : sessionTime2004(ms));
