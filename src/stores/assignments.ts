import type { AssignmentEntry } from '../lib/learner-data';
import { $assignments, current, now } from './learner';

// Apart from learner.ts: only the assignment pages write assignments, so lesson pages do not load this.

/**
 * Remembers an assignment the learner opened from a trainer's link (never over one that cannot be
 * read). `legacyId`: the id an older course version stored the same link under; that copy is
 * replaced when it holds the same assignment.
 */
export function saveAssignment(a: Omit<AssignmentEntry, 'receivedAt'>, legacyId?: string): boolean {
  const previous = current($assignments, a.id);
  if (previous === false) return false;
  const old = legacyId === undefined ? undefined : current($assignments, legacyId);
  const same = old && old.name === a.name && old.note === a.note && old.due === a.due && old.lessons.join() === a.lessons.join();
  $assignments.setKey(a.id, { ...a, receivedAt: previous?.receivedAt ?? (same ? old.receivedAt : now()) });
  if (same) $assignments.setKey(legacyId!, undefined as never);
  return true;
}

/** Forgets an assignment. */
export function removeAssignment(id: string) {
  $assignments.setKey(id, undefined as never);
}
