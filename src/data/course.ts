import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourseTree, type ModuleNode } from '../lib/navigation';
import { findReferenceErrors } from '../lib/references';

export type Lesson = CollectionEntry<'lessons'>;
export type LessonNode = Lesson['data'] & { entry: Lesson };

let cached: Promise<ModuleNode<LessonNode>[]> | undefined;

/**
 * The course as modules with their published lessons, in study order. Loaded once per build;
 * a lesson that points to a missing module, quiz, reflection, term or source fails the build
 * with the lesson's file named.
 */
export function getCourse(): Promise<ModuleNode<LessonNode>[]> {
  cached ??= (async () => {
    const [modules, lessons, quizzes, glossary, sources] = await Promise.all([
      getCollection('modules'),
      getCollection('lessons', (l) => !l.data.draft),
      getCollection('quizzes'),
      getCollection('glossary'),
      getCollection('sources'),
    ]);
    const errors = findReferenceErrors(
      lessons.map((l) => ({ file: l.filePath ?? l.id, body: l.body ?? '', data: l.data })),
      {
        quizzes: new Set(quizzes.map((q) => q.id)),
        terms: new Set(glossary.map((g) => g.id)),
        sources: new Set(sources.map((s) => s.id)),
      },
    );
    const finals = quizzes.filter((q) => q.data.final);
    if (finals.length !== 1) {
      const files = finals.map((q) => q.filePath ?? q.id).join(', ') || 'ei yhtään';
      errors.push(`content/quizzes: final: true kuuluu täsmälleen yhdelle kyselylle (nyt ${files})`);
    }
    if (errors.length) throw new Error(`Kurssisisällössä on virheitä:\n${errors.join('\n')}`);
    return buildCourseTree(
      modules.map((m) => m.data),
      lessons.map((l) => ({ ...l.data, entry: l })),
    );
  })();
  return cached;
}
