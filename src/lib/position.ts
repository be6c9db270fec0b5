/**
 * Where in a lesson the learner stopped reading: the id of the last section heading they
 * scrolled past, kept per lesson, so "Jatka" opens the lesson at that section instead of at
 * the top of a page that is many screens tall on a phone. Pure: no DOM, no storage.
 */

/** The last section read in one lesson. */
export interface LessonPosition {
  /** The heading's id in the lesson page (Finnish letters allowed, as the headings make them). */
  headingId: string;
  /** When it was read. */
  at: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

/** A stored position's shape check; a heading id is one fragment of a URL, so no spaces or `#`. */
export const isLessonPosition = (v: unknown): v is LessonPosition =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as LessonPosition).headingId === 'string' &&
  /^[^\s#]{1,200}$/u.test((v as LessonPosition).headingId) &&
  typeof (v as LessonPosition).at === 'string' &&
  ISO.test((v as LessonPosition).at);

/** The link that resumes a lesson: at its last section read, when there is one. */
export function resumeHref(lessonHref: string, position: LessonPosition | undefined): string {
  return position ? `${lessonHref}#${encodeURIComponent(position.headingId)}` : lessonHref;
}

/**
 * The section a reader is in: the last heading whose top has passed the reading line (a share of
 * the viewport from the top). Undefined above the first heading.
 */
export function currentSection(headings: readonly { id: string; top: number }[], readingLine: number): string | undefined {
  return headings.filter((h) => h.top <= readingLine).at(-1)?.id;
}
