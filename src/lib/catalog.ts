/**
 * The course as the trainer and learner islands need it: small, serialisable (it is passed to
 * islands as props), built once at build time by src/data/catalog.ts.
 */

export interface CatalogLesson {
  id: string;
  title: string;
  /** Estimated study time. */
  minutes: number;
  /** Length of the lesson's part of a workshop (frontmatter `workshop.minutes`). */
  workshopMinutes: number;
  /** Link to the lesson page, base path included. */
  href: string;
}

export interface CatalogModule {
  id: string;
  /** Module number shown to people ("Moduuli 3"). */
  order: number;
  title: string;
  lessons: CatalogLesson[];
}

/** Every lesson of the catalog by id. */
export const lessonsById = (catalog: readonly CatalogModule[]): Map<string, CatalogLesson> =>
  new Map(catalog.flatMap((m) => m.lessons.map((l) => [l.id, l] as const)));
