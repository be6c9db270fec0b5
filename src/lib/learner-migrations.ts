/**
 * Upgrades of the stored learner data: the one-time move of keys written before they were keyed
 * by base path, and the versioned steps of the stored format. Pure: works on a `RawStore`.
 */
import { DATA_VERSION, isId, KINDS, LEGACY_PREFIX, VERSION_KEY, type MapKindName } from './learner-data';

/** Reads and writes raw stored strings; the storage layer gives one to a migration. */
export interface RawStore {
  keys(): string[];
  get(key: string): string | undefined;
  /**
   * Writes all the values (`undefined` removes a key) or, when storage refuses one, none: what
   * was already written is put back. False when nothing was written.
   */
  apply(writes: Iterable<readonly [string, string | undefined]>): boolean;
}

/** A list of writes to apply at once. */
export type Writes = [string, string | undefined][];

/** One upgrade of the stored format, from version n to n + 1, on the keys under `prefix`; false if storage refused it. */
export type MigrationStep = (store: RawStore, prefix: string) => boolean;

/**
 * `MIGRATIONS[n]` turns version n into n + 1. Version 1 is the first published format, so there
 * is nothing to upgrade yet. A later format adds its step here (e.g. renamed quiz ids:
 * `2: (store, prefix) => renameItems(store, prefix, 'quizzes', oldQuizIdToNew)`), raises
 * DATA_VERSION and adds a fixture of the older data in tests/unit/learner-migrations.test.ts.
 */
export const MIGRATIONS: Record<number, MigrationStep> = {};

/**
 * Moves the items of a map kind to new ids: `rename(id)` gives the new id, or the same id or
 * undefined to leave it. An item whose new id is already taken is kept under its old id, so
 * nothing is overwritten.
 */
export function renameItems(store: RawStore, prefix: string, kind: MapKindName, rename: (id: string) => string | undefined): boolean {
  const base = prefix + KINDS[kind].key;
  const writes: Writes = [];
  const taken = new Set(store.keys());
  for (const key of store.keys()) {
    if (!key.startsWith(base)) continue;
    const id = key.slice(base.length);
    const to = rename(id);
    if (!to || to === id || !isId(to) || taken.has(base + to)) continue;
    taken.add(base + to);
    writes.push([base + to, store.get(key)], [key, undefined]);
  }
  return store.apply(writes);
}

export type StoredVersion =
  | { kind: 'empty' }
  | { kind: 'current' }
  | { kind: 'older'; version: number }
  /** Written by a newer course, or a version mark this course cannot read (`2.5`, `-1`, garbage): never overwritten. */
  | { kind: 'newer'; version: string };

/** Tells what the stored data is: none yet, the current format, older, or not ours to change. */
export function storedVersion(store: RawStore, prefix: string, current = DATA_VERSION): StoredVersion {
  const raw = store.get(prefix + VERSION_KEY);
  const hasData = store.keys().some((k) => k.startsWith(prefix) && k !== prefix + VERSION_KEY);
  if (raw === undefined) return hasData ? { kind: 'older', version: 1 } : { kind: 'empty' };
  // Only a plain positive integer is a version this course wrote; anything else may be a newer
  // course's (or a damaged) mark, and overwriting it could destroy data we cannot read.
  if (!/^[1-9]\d{0,5}$/.test(raw) || Number(raw) > current) return { kind: 'newer', version: raw.slice(0, 20) };
  const version = Number(raw);
  return version === current ? { kind: 'current' } : { kind: 'older', version };
}

/**
 * Brings stored data to the current format, one step at a time, and records the version.
 * Data without a version mark predates the mark only, so it is read as version 1. Data marked
 * by a newer course is left as it is.
 */
export function migrate(store: RawStore, prefix: string, steps = MIGRATIONS, current = DATA_VERSION): StoredVersion {
  const found = storedVersion(store, prefix, current);
  if (found.kind === 'current' || found.kind === 'newer') return found;
  for (let version = found.kind === 'older' ? found.version : current; version < current; version++) {
    // A step storage refused is tried again on the next visit, from where it stopped.
    const step = steps[version];
    if (step && !step(store, prefix)) return found;
    if (!store.apply([[prefix + VERSION_KEY, String(version + 1)]])) return found;
  }
  store.apply([[prefix + VERSION_KEY, String(current)]]);
  return found;
}

/**
 * Moves the keys written before storage was keyed by base path under this deployment's prefix,
 * once: only while nothing is stored under the new prefix yet. The old keys are removed in the
 * same batch, so "delete all" leaves nothing behind and a failed copy loses nothing.
 */
export function adoptLegacyKeys(store: RawStore, prefix: string, legacy = LEGACY_PREFIX): boolean {
  if (prefix === legacy) return false;
  const keys = store.keys();
  if (keys.some((k) => k.startsWith(prefix))) return false;
  const old = keys.filter((k) => k.startsWith(legacy));
  if (!old.length) return false;
  // One batch: if storage cannot hold the copy, the old keys stay and are read again next time.
  const writes: Writes = old.map((key) => [prefix + key.slice(legacy.length), store.get(key)]);
  for (const key of old) writes.push([key, undefined]);
  return store.apply(writes);
}
