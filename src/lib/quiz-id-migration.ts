/**
 * Keeps a learner's quiz results when a quiz's id changes. Results are stored under the quiz id
 * (`id:` in `content/quizzes/*.yaml`), so renaming a quiz would orphan them. A rename is recorded
 * here, under the data version whose migration applies it, and never edited afterwards: stored
 * data and old backups of any version are brought to today's ids by the steps after their version.
 *
 * Until now quiz ids have equalled the file names they were once derived from, so no rename is
 * recorded yet. @see issue 15 ("a versioned migration keeps learners' stored results")
 */

/** Old id → new id, for one data version step. */
export type QuizIdRenames = Readonly<Record<string, string>>;

/** `QUIZ_ID_RENAMES[n]`: the renames applied when data of version n is upgraded to n + 1. */
export const QUIZ_ID_RENAMES: Readonly<Record<number, QuizIdRenames>> = {};

/** Joins two results of the same quiz; `undefined` when either cannot be read, so both are kept. */
export type MergeResult<T> = (older: T, newer: T) => T | undefined;

/**
 * The composed renames from data version `from` to `to` (e.g. a → b in step 2 and b → c in
 * step 3 give a → c), for data written at version `from`.
 */
export function renamesSince(
  from: number,
  to: number,
  steps: Readonly<Record<number, QuizIdRenames>> = QUIZ_ID_RENAMES,
): Map<string, string> {
  const out = new Map<string, string>();
  for (let version = from; version < to; version++) {
    const step = steps[version] ?? {};
    for (const [old, target] of out) out.set(old, step[target] ?? target);
    for (const [old, target] of Object.entries(step)) if (!out.has(old)) out.set(old, target);
  }
  return out;
}

/**
 * Moves results stored under old ids to the new ids. A result already under the new id is joined
 * with the moved one by `merge`; if they cannot be joined the old entry stays where it is, so
 * nothing is lost. Pure: returns a new record and the ids that were moved.
 */
export function renameQuizIds<T>(
  results: Readonly<Record<string, T>>,
  renames: ReadonlyMap<string, string>,
  merge: MergeResult<T>,
): { results: Record<string, T>; moved: [from: string, to: string][] } {
  const out: Record<string, T> = { ...results };
  const moved: [string, string][] = [];
  for (const [old, target] of renames) {
    if (!Object.hasOwn(out, old) || old === target) continue;
    const value = out[old]!;
    const joined = Object.hasOwn(out, target) ? merge(value, out[target]!) : value;
    if (joined === undefined) continue;
    out[target] = joined;
    delete out[old];
    moved.push([old, target]);
  }
  return { results: out, moved };
}

/**
 * Content errors in the recorded renames, given today's quiz ids: a rename must lead to a quiz
 * that exists, and an id in use today must not be renamed away (its results would move).
 */
export function renameErrors(quizIds: ReadonlySet<string>, steps: Readonly<Record<number, QuizIdRenames>> = QUIZ_ID_RENAMES): string[] {
  const versions = Object.keys(steps).map(Number);
  if (!versions.length) return [];
  const all = renamesSince(Math.min(...versions), Math.max(...versions) + 1, steps);
  const errors: string[] = [];
  for (const [old, target] of all) {
    if (!quizIds.has(target)) errors.push(`src/lib/quiz-id-migration.ts: "${old}" → "${target}": kyselyä, jonka id on "${target}", ei ole`);
    if (quizIds.has(old)) errors.push(`src/lib/quiz-id-migration.ts: "${old}": id on yhä käytössä, joten sen tuloksia ei voi siirtää`);
  }
  return errors;
}
