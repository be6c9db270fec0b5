import type { CatalogModule } from '../lib/catalog';
import type { CompletionModuleInput } from '../lib/completion';
import { href } from '../lib/href';
import { lessonPath, modulePath } from '../lib/paths';
import { getCourse, getCourseModel, getLessonQuizzes, type QuizNode } from './course';

/** The course for the trainer and learner islands: modules that have lessons, in study order. */
export async function getCatalog(): Promise<CatalogModule[]> {
  const course = await getCourse();
  return course
    .filter((m) => m.lessons.length > 0)
    .map((m) => ({
      id: m.id,
      order: m.order,
      title: m.title,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: l.title,
        minutes: l.minutes,
        workshopMinutes: l.workshop.minutes,
        href: href(lessonPath(l)),
      })),
    }));
}

/** A module's quizzes in the order its lessons show them (a quiz belongs to the lesson that shows it). */
export async function getModuleQuizzes(moduleId: string): Promise<QuizNode[]> {
  const module = (await getCourseModel()).modules.find((m) => m.id === moduleId);
  return (await Promise.all((module?.lessons ?? []).map(getLessonQuizzes))).flat();
}

/**
 * The modules with lessons as the completion summary and the certificate count them: lesson ids
 * and quizzes in the order the lessons show them, with each module's page for links.
 */
export async function getCompletionModules(): Promise<(CompletionModuleInput & { href: string })[]> {
  const course = (await getCourse()).filter((m) => m.lessons.length > 0);
  return Promise.all(
    course.map(async (m) => ({
      id: m.id,
      order: m.order,
      title: m.title,
      href: href(modulePath(m.id)),
      lessons: m.lessons.map((l) => ({ id: l.id })),
      quizzes: (await getModuleQuizzes(m.id)).map((q) => ({
        id: q.id,
        title: q.data.title,
        passPercent: q.data.passPercent,
        ...(q.owner && { lessonId: q.owner.lesson.id }),
      })),
    })),
  );
}
