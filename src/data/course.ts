import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourseTree, flattenLessons, type ModuleNode } from '../lib/navigation';
import { renameErrors } from '../lib/quiz-id-migration';
import { findReferenceErrors, lessonRefs, type LessonRefs } from '../lib/references';

export type Lesson = CollectionEntry<'lessons'>;
/** A published lesson: its frontmatter, its entry (for `render`) and what its MDX shows. */
export type LessonNode = Lesson['data'] & { entry: Lesson; refs: LessonRefs };
export type CourseModule = ModuleNode<LessonNode>;
export type Quiz = CollectionEntry<'quizzes'>;

/** A quiz with the lesson that shows it; a quiz no published lesson shows has no lesson. */
export interface QuizNode {
  id: string;
  data: Quiz['data'];
  owner?: { lesson: LessonNode; module: CourseModule };
}

/** The course computed once per build: every page and component asks this, not the collections. */
export interface CourseModel {
  /** Modules with their published lessons, in study order. */
  modules: CourseModule[];
  /** Every published lesson in study order. */
  lessons: LessonNode[];
  quizzes: ReadonlyMap<string, QuizNode>;
  /** The quiz marked `final: true` (exactly one, checked here). */
  finalQuiz: QuizNode;
  terms: ReadonlyMap<string, CollectionEntry<'glossary'>['data']>;
  sources: ReadonlyMap<string, CollectionEntry<'sources'>['data']>;
}

// Figures are files, so the set of ids comes from the file system at build time.
const figureIds = new Set(
  Object.keys(import.meta.glob('../components/figures/*.astro')).map((path) => path.replace(/^.*\/(.+)\.astro$/, '$1')),
);

let cached: Promise<CourseModel> | undefined;

/**
 * Loads the course once per build. A lesson that points to a missing module, quiz, term,
 * figure, reflection or source, a quiz shown by two lessons, or not exactly one final quiz
 * fails the build with the file named.
 */
export function getCourseModel(): Promise<CourseModel> {
  cached ??= (async () => {
    const [moduleEntries, lessonEntries, quizEntries, glossary, sourceEntries] = await Promise.all([
      getCollection('modules'),
      getCollection('lessons', (l) => !l.data.draft),
      getCollection('quizzes'),
      getCollection('glossary'),
      getCollection('sources'),
    ]);
    const lessonNodes: LessonNode[] = lessonEntries.map((l) => ({ ...l.data, entry: l, refs: lessonRefs(l.body ?? '') }));
    const errors = findReferenceErrors(
      lessonNodes.map((l) => ({ file: l.entry.filePath ?? l.id, refs: l.refs, data: l })),
      {
        quizzes: new Set(quizEntries.map((q) => q.id)),
        terms: new Set(glossary.map((g) => g.id)),
        sources: new Set(sourceEntries.map((s) => s.id)),
        figures: figureIds,
      },
    );
    errors.push(...renameErrors(new Set(quizEntries.map((q) => q.id))));
    const finals = quizEntries.filter((q) => q.data.final);
    if (finals.length !== 1) {
      const files = finals.map((q) => q.filePath ?? q.id).join(', ') || 'ei yhtään';
      errors.push(`content/quizzes: final: true kuuluu täsmälleen yhdelle kyselylle (nyt ${files})`);
    }
    if (errors.length) throw new Error(`Kurssisisällössä on virheitä:\n${errors.join('\n')}`);

    const modules = buildCourseTree(
      moduleEntries.map((m) => m.data),
      lessonNodes,
    );
    const owners = new Map(
      modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.refs.quizzes.map((id) => [id, { lesson, module }] as const))),
    );
    const quizzes = new Map(quizEntries.map((q) => [q.id, { id: q.id, data: q.data, owner: owners.get(q.id) }] as const));
    return {
      modules,
      lessons: flattenLessons(modules),
      quizzes,
      finalQuiz: quizzes.get(finals[0]!.id)!,
      terms: new Map(glossary.map((g) => [g.id, g.data])),
      sources: new Map(sourceEntries.map((s) => [s.id, s.data])),
    };
  })();
  return cached;
}

/** The course as modules with their published lessons, in study order. */
export const getCourse = async (): Promise<CourseModule[]> => (await getCourseModel()).modules;

/** A quiz by id, with its owning lesson; unknown ids are a content error. */
export async function getQuiz(id: string): Promise<QuizNode> {
  const quiz = (await getCourseModel()).quizzes.get(id);
  if (!quiz) throw new Error(`<Quiz id="${id}">: kyselyä, jonka id on "${id}", ei ole kansiossa content/quizzes`);
  return quiz;
}

/** The quizzes a lesson shows, in the order it shows them. */
export async function getLessonQuizzes(lesson: LessonNode): Promise<QuizNode[]> {
  return Promise.all(lesson.refs.quizzes.map(getQuiz));
}

/** A glossary entry by id. */
export async function getTerm(id: string) {
  const term = (await getCourseModel()).terms.get(id);
  if (!term) throw new Error(`<Term id="${id}">: käsitettä ei ole tiedostossa content/glossary.yaml`);
  return term;
}

/** The glossary, in no particular order. */
export const getGlossary = async () => [...(await getCourseModel()).terms.values()];

/** Every source of the course, in no particular order. */
export const getSources = async () => [...(await getCourseModel()).sources.values()];

/** The sources a lesson cites, in the order its frontmatter lists them. */
export async function getLessonSources(lesson: LessonNode) {
  const { sources } = await getCourseModel();
  return lesson.sources.map((id) => sources.get(id)!);
}

/** The parts of the participation house, foundation first. */
export async function getHouseParts() {
  return (await getCollection('house')).map((p) => p.data).sort((a, b) => a.order - b.order);
}

/** A text page of `content/pages/` by id. */
export async function getPage(id: string) {
  const [page] = await getCollection('pages', (p) => p.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx puuttuu`);
  return page;
}
