/** What a lesson refers to, for checking that every reference points to something that exists. */
export interface LessonSource {
  /** The lesson's file, named in error messages. */
  file: string;
  /** The raw MDX body. */
  body: string;
  data: { sources: readonly string[]; reflections: readonly { id: string }[] };
}

export interface KnownIds {
  quizzes: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Ids used by a component tag in MDX, e.g. every `id` of `<Term id="…">`. */
export function tagIds(body: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
  return [...body.matchAll(re)].map((m) => m[1] ?? '');
}

/**
 * Lists every broken reference in the lessons (unknown quiz, term, source or reflection id,
 * a reflection defined twice across the course), each naming the file and the field or tag.
 */
export function findReferenceErrors(lessons: readonly LessonSource[], known: KnownIds): string[] {
  const errors: string[] = [];
  const reflectionOwner = new Map<string, string>();
  for (const { file, body, data } of lessons) {
    const own = new Set(data.reflections.map((r) => r.id));
    for (const id of data.reflections.map((r) => r.id)) {
      const other = reflectionOwner.get(id);
      if (other) errors.push(`${file}: reflections: id "${id}" on käytössä myös tiedostossa ${other}`);
      reflectionOwner.set(id, file);
    }
    for (const id of data.sources) {
      if (!known.sources.has(id)) errors.push(`${file}: sources: lähdettä "${id}" ei ole tiedostossa content/sources.yaml`);
    }
    for (const id of tagIds(body, 'Quiz')) {
      if (!known.quizzes.has(id)) errors.push(`${file}: <Quiz id="${id}">: tiedostoa content/quizzes/${id}.yaml ei ole`);
    }
    for (const id of tagIds(body, 'Term')) {
      if (!known.terms.has(id)) errors.push(`${file}: <Term id="${id}">: käsitettä ei ole tiedostossa content/glossary.yaml`);
    }
    for (const id of tagIds(body, 'Reflection')) {
      if (!own.has(id)) errors.push(`${file}: <Reflection id="${id}">: id puuttuu frontmatterin reflections-listasta`);
    }
  }
  return errors;
}

/**
 * The lesson a quiz belongs to (the first whose body shows `<Quiz id>`) and every quiz that
 * lesson shows: passing them all marks the lesson done.
 */
export function quizLesson(
  lessons: readonly { id: string; body: string }[],
  quizId: string,
): { lessonId: string; quizIds: string[] } | undefined {
  for (const lesson of lessons) {
    const quizIds = [...new Set(tagIds(lesson.body, 'Quiz'))];
    if (quizIds.includes(quizId)) return { lessonId: lesson.id, quizIds };
  }
  return undefined;
}
