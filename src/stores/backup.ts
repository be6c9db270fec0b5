import { computed } from 'nanostores';
import { emptyData, isMapKind, KIND_NAMES, kindOf, mergeData, perKind } from '../lib/backup';
import { encode, isUnreadable, readable, VERSION_KEY, type KindName, type LearnerData } from '../lib/learner-data';
import type { Writes } from '../lib/learner-migrations';
import { STORES } from './learner';
import { $storageFaults, PREFIX, storage } from './storage';

// Apart from learner.ts so that lesson pages do not load the backup code: only Omat tiedot uses it.

/** The stores seen alike, for code that treats every kind the same way. */
const stores = STORES as unknown as Record<KindName, { get(): unknown; set(value: unknown): void }>;

/** True when the stored data is a newer course version's (or unreadably marked): it is shown but never changed. */
export const $frozen = computed($storageFaults, (faults) => faults.includes('newer'));

/** All readable learner data, for the backup file and summaries. */
export const $learnerData = computed(Object.values(STORES), () =>
  perKind<LearnerData>((name) => {
    const value = stores[name].get();
    if (isMapKind(name)) return readable(value as Record<string, unknown>);
    return isUnreadable(value) ? undefined : value;
  }),
);

/**
 * Writes `next` as the whole stored data of every kind, in one batch: storage takes all of it or,
 * when it fills midway, none (what was written is put back). Keys under a kind's prefix that
 * `next` leaves out are removed, except where `keep` says. Then the stores show the new data.
 * False when storage refused the batch: nothing changed.
 */
function writeAll(next: LearnerData, keep: (key: string) => boolean = () => false): boolean {
  const writes: Writes = [];
  const wanted = new Set<string>();
  for (const name of KIND_NAMES) {
    const key = PREFIX + kindOf(name).key;
    const value: unknown = next[name];
    if (isMapKind(name)) {
      for (const [id, item] of Object.entries(value as Record<string, unknown>)) {
        wanted.add(key + id);
        writes.push([key + id, encode(item)]);
      }
    } else if (value !== undefined || !keep(key)) {
      wanted.add(key);
      writes.push([key, value === undefined ? undefined : encode(value)]);
    }
  }
  for (const key of storage.raw.keys()) {
    if (key.startsWith(PREFIX) && key !== PREFIX + VERSION_KEY && !wanted.has(key) && !keep(key)) writes.push([key, undefined]);
  }
  if (!storage.raw.apply(writes)) return false;
  // Storage already holds every value, so these writes are skipped by the engine: linear.
  for (const name of KIND_NAMES) {
    const current = stores[name].get();
    if (!isMapKind(name)) {
      if (next[name] !== undefined || !keep(PREFIX + kindOf(name).key)) stores[name].set(next[name]);
    } else
      stores[name].set(
        keepUnreadable(current as Record<string, unknown>, next[name] as Record<string, unknown>, keep, PREFIX + kindOf(name).key),
      );
  }
  return true;
}

/** The new map of a store, with the unreadable values that were kept in storage still in it. */
function keepUnreadable(current: Record<string, unknown>, next: Record<string, unknown>, keep: (key: string) => boolean, prefix: string) {
  const out = { ...next };
  for (const [id, value] of Object.entries(current)) if (!Object.hasOwn(out, id) && keep(prefix + id)) out[id] = value;
  return out;
}

/**
 * Joins imported data into what is stored (see `mergeData`): it only adds and updates, so values
 * the backup does not mention stay exactly as they are, and an item stored unreadable is never
 * overwritten. Also the way SCORM joins data from the LMS (newest wins per item). False when
 * storage refused it: then nothing changed.
 */
export function mergeAll(incoming: LearnerData): boolean {
  const unreadableKeys = new Set<string>();
  for (const name of KIND_NAMES) {
    const value = stores[name].get();
    const key = PREFIX + kindOf(name).key;
    if (isMapKind(name)) {
      for (const [id, item] of Object.entries(value as Record<string, unknown>)) if (isUnreadable(item)) unreadableKeys.add(key + id);
    } else if (isUnreadable(value)) unreadableKeys.add(key);
  }
  // A merge removes nothing: every key it does not write stays.
  return writeAll(mergeData($learnerData.get(), withoutKeys(incoming, unreadableKeys)), () => true);
}

/** Incoming data minus the items whose stored value cannot be read (they stay as they are). */
function withoutKeys(data: LearnerData, keys: Set<string>): LearnerData {
  return perKind<LearnerData>((name) => {
    const key = PREFIX + kindOf(name).key;
    const value: unknown = data[name];
    if (!isMapKind(name)) return keys.has(key) ? undefined : value;
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([id]) => !keys.has(key + id)));
  });
}

/** Replaces everything stored with the given data (an imported backup). False when storage refused it: nothing changed. */
export const replaceAll = (data: LearnerData): boolean => writeAll(data);

/** Removes all the learner's data of this course (this base path) from this browser, whatever kind. */
export const deleteAll = (): boolean => writeAll(emptyData());
