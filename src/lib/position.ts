/**
 * Where in a lesson the learner stopped reading: the id of the last section heading they
 * scrolled past, kept per lesson, so "Jatka" opens the lesson at that section instead of at
 * the top of a page that is many screens tall on a phone. Pure: no DOM, no storage.
 */

import type { SectionPosition } from './learner-data';

/** The link that resumes a lesson: at its last section read, when there is one. */
export function resumeHref(lessonHref: string, position: SectionPosition | undefined): string {
  return position ? `${lessonHref}#${encodeURIComponent(position.heading)}` : lessonHref;
}

/**
 * The section a reader is in: the last heading whose top has passed the reading line (a share of
 * the viewport from the top). Undefined above the first heading.
 */
export function currentSection(headings: readonly { id: string; top: number }[], readingLine: number): string | undefined {
  return headings.filter((h) => h.top <= readingLine).at(-1)?.id;
}
