import { persistentMap } from '@nanostores/persistent';
import { onMount } from 'nanostores';
import { decoder, encode, isUnreadable, STORAGE_PREFIX, type Unreadable } from '../lib/learner-data';
import { isLessonPosition, type LessonPosition } from '../lib/position';
import { reportFault } from './storage';

/**
 * The last section read, per lesson, under `asiakasosallisuus:position:<lessonId>`.
 *
 * A small interface of its own until the learner-data registry (issue 15) has a `position`
 * kind: then `$lessonPositions` and `setLastSection` are re-pointed at it, and backup,
 * replace-all and delete-all cover it from there.
 */
export const POSITION_KEY = `${STORAGE_PREFIX}position:`;

/** The last section read, by lesson id. */
export const $lessonPositions = persistentMap<Record<string, LessonPosition | Unreadable>>(POSITION_KEY, {}, {
  encode,
  decode: decoder(isLessonPosition),
});

onMount($lessonPositions, () =>
  $lessonPositions.subscribe((value) => {
    if (Object.values(value).some(isUnreadable)) reportFault('unreadable');
  }),
);

/** Remembers the section the learner reached in a lesson (a value that cannot be read is kept). */
export function setLastSection(lessonId: string, headingId: string) {
  const current = $lessonPositions.get()[lessonId];
  if (current && (isUnreadable(current) || current.headingId === headingId)) return;
  $lessonPositions.setKey(lessonId, { headingId, at: new Date().toISOString() });
}
