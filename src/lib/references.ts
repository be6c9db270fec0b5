/** What a lesson shows through its MDX component tags, each list in order of first appearance. */
export interface LessonRefs {
  /** `<Quiz id>`: passing them all marks the lesson done. */
  quizzes: string[];
  /** `<Term id>`: links to the glossary. */
  terms: string[];
  /** `<Reflection id>`: each defined in the lesson's frontmatter `reflections`. */
  reflections: string[];
  /** `<Figure id>`: explanatory figures in `src/components/figures/`. */
  figures: string[];
}

/** A lesson as the reference check needs it. */
export interface LessonSource {
  /** The lesson's file, named in error messages. */
  file: string;
  refs: LessonRefs;
  data: { sources: readonly string[]; reflections: readonly { id: string }[] };
}

export interface KnownIds {
  quizzes: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  figures: ReadonlySet<string>;
}

const tags = { quizzes: 'Quiz', terms: 'Term', reflections: 'Reflection', figures: 'Figure' } as const satisfies Record<
  keyof LessonRefs,
  string
>;

/**
 * The ids a lesson's MDX body uses in its component tags. Code (fenced or inline) and MDX
 * comments are skipped, so a lesson may show a tag as an example without using it.
 * This is the only place that reads tags from MDX: everything else asks the course model.
 */
export function lessonRefs(body: string): LessonRefs {
  const live = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const ids = (tag: string) => {
    const re = new RegExp(`<${tag}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
    return [...new Set([...live.matchAll(re)].map((m) => m[1] ?? ''))];
  };
  return {
    quizzes: ids(tags.quizzes),
    terms: ids(tags.terms),
    reflections: ids(tags.reflections),
    figures: ids(tags.figures),
  };
}

/**
 * Lists every broken reference in the lessons (unknown quiz, term, figure, source or reflection
 * id, a reflection defined twice across the course, a quiz shown by two lessons), each naming
 * the file and the field or tag.
 */
export function findReferenceErrors(lessons: readonly LessonSource[], known: KnownIds): string[] {
  const errors: string[] = [];
  const reflectionOwner = new Map<string, string>();
  const quizOwner = new Map<string, string>();
  for (const { file, refs, data } of lessons) {
    const own = new Set(data.reflections.map((r) => r.id));
    for (const id of data.reflections.map((r) => r.id)) {
      const other = reflectionOwner.get(id);
      if (other) errors.push(`${file}: reflections: id "${id}" on käytössä myös tiedostossa ${other}`);
      reflectionOwner.set(id, file);
    }
    for (const id of data.sources) {
      if (!known.sources.has(id)) errors.push(`${file}: sources: lähdettä "${id}" ei ole tiedostossa content/sources.yaml`);
    }
    for (const id of refs.quizzes) {
      if (!known.quizzes.has(id)) errors.push(`${file}: <Quiz id="${id}">: kyselyä, jonka id on "${id}", ei ole kansiossa content/quizzes`);
      const other = quizOwner.get(id);
      // A quiz belongs to one lesson: its result completes that lesson, and its module is the lesson's.
      if (other) errors.push(`${file}: <Quiz id="${id}">: sama kysely on jo oppitunnilla ${other}`);
      quizOwner.set(id, file);
    }
    for (const id of refs.terms) {
      if (!known.terms.has(id)) errors.push(`${file}: <Term id="${id}">: käsitettä ei ole tiedostossa content/glossary.yaml`);
    }
    for (const id of refs.figures) {
      if (!known.figures.has(id)) errors.push(`${file}: <Figure id="${id}">: kuvaa src/components/figures/${id}.astro ei ole`);
    }
    for (const id of refs.reflections) {
      if (!own.has(id)) errors.push(`${file}: <Reflection id="${id}">: id puuttuu frontmatterin reflections-listasta`);
    }
  }
  return errors;
}
