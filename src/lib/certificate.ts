import type { Completion, ModuleCompletion } from './completion';

export interface CertificateStatus {
  /** Every module done and the final quiz passed. */
  available: boolean;
  /** Modules with lessons still to do, in study order. */
  missingModules: ModuleCompletion[];
  finalQuizPassed: boolean;
  /** Best score of the final quiz, once it has been checked. */
  finalQuizPercent?: number;
  /** When the course was finished: the latest lesson done or final quiz checked. Set when available. */
  completedAt?: string;
}

/**
 * Whether the learner has earned the certificate, and what is still missing if not. Built on the
 * completion summary's counts, so the two pages never disagree about what is done; like there,
 * the final quiz counts as passed once its best score passes, so a later weaker try does not
 * take an earned certificate away. `finalQuizId` is the quiz marked `final: true` in the content.
 */
export function certificateStatus(completion: Completion, finalQuizId: string): CertificateStatus {
  const missingModules = completion.modules.filter((m) => !m.completedAt);
  const final = completion.modules.flatMap((m) => m.quizzes).find((q) => q.id === finalQuizId)?.result;
  const finalQuizPassed = !!final?.passed;
  const available = missingModules.length === 0 && finalQuizPassed;
  const dates = [...completion.modules.map((m) => m.completedAt), final?.at].filter((d): d is string => !!d).sort();
  return {
    available,
    missingModules,
    finalQuizPassed,
    ...(final && { finalQuizPercent: final.bestPercent }),
    ...(available && { completedAt: dates.at(-1) }),
  };
}
