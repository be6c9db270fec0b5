/** The lesson fields navigation needs (a lesson's frontmatter has more). */
export interface LessonSummary {
  id: string;
  module: string;
  order: number;
  title: string;
  description: string;
  minutes: number;
}

/** The module fields navigation needs. */
export interface ModuleSummary {
  id: string;
  order: number;
  title: string;
  description: string;
}

export interface ModuleNode<L extends LessonSummary = LessonSummary> extends ModuleSummary {
  lessons: L[];
  /** Estimated study time of all lessons in the module. */
  minutes: number;
}

/**
 * Groups lessons under their modules in study order. A lesson that names an unknown module
 * or repeats another lesson's id is a content error: it fails the build with its id named.
 */
export function buildCourseTree<L extends LessonSummary>(modules: readonly ModuleSummary[], lessons: readonly L[]): ModuleNode<L>[] {
  const known = new Map(modules.map((m) => [m.id, m]));
  const seen = new Set<string>();
  for (const lesson of lessons) {
    if (!known.has(lesson.module)) {
      throw new Error(`Oppitunti "${lesson.id}": moduulia "${lesson.module}" ei ole tiedostossa content/modules.yaml`);
    }
    if (seen.has(lesson.id)) throw new Error(`Oppitunnin id "${lesson.id}" on käytössä kahdesti`);
    seen.add(lesson.id);
  }
  return [...modules]
    .sort((a, b) => a.order - b.order)
    .map((m) => {
      const own = lessons.filter((l) => l.module === m.id).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
      return { ...m, lessons: own, minutes: own.reduce((sum, l) => sum + l.minutes, 0) };
    });
}

/** All lessons in study order. */
export const flattenLessons = <L extends LessonSummary>(tree: readonly ModuleNode<L>[]): L[] => tree.flatMap((m) => m.lessons);

/** The lessons before and after the given one in study order, across module borders. */
export function neighbours<L extends LessonSummary>(tree: readonly ModuleNode<L>[], lessonId: string) {
  const all = flattenLessons(tree);
  const i = all.findIndex((l) => l.id === lessonId);
  if (i < 0) return { prev: undefined, next: undefined };
  return { prev: all[i - 1], next: all[i + 1] };
}

/** Total estimated study time of the course, in minutes. */
export const courseMinutes = (tree: readonly ModuleNode[]): number => tree.reduce((sum, m) => sum + m.minutes, 0);

/** Minutes as hours for display, rounded to the nearest half hour (4.5); the dictionary writes the number. */
export function roundedHours(minutes: number): number {
  return Math.max(1, Math.round(minutes / 30)) / 2;
}
