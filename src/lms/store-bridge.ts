/**
 * The one place where the platform runtime meets the learner store: it reads the learner's data
 * and merges the platform's into it through the store's own actions. Re-point these three when
 * the store changes; nothing else in src/lms/ knows the store.
 */
import type { LearnerData } from '../lib/learner-data';
import { $learnerData, mergeAll } from '../stores/backup';

/** The learner's readable data in this browser. */
export const readLocal = (): LearnerData => $learnerData.get();

/** Joins data from the platform into this browser's without losing either (the backup merge). */
export const mergeIntoLocal = (data: LearnerData) => mergeAll(data);

/**
 * Calls back on every change, also those made by the course pages in the launch page's frame:
 * they share this origin's storage, and the persisted stores follow its `storage` events.
 */
export const onLocalChange = (callback: () => void) => $learnerData.listen(callback);
