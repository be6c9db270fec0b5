import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { isId, storagePrefix, VERSION_KEY } from '../lib/learner-data';
import { adoptLegacyKeys, migrate } from '../lib/learner-migrations';
import { createSafeStorage, type StorageFault } from '../lib/safe-storage';

/**
 * This module installs the course's storage engine for @nanostores/persistent. A persistent store
 * reads the engine once, when it is created, so this module must be evaluated before any of them:
 * `stores/learner.ts` imports it first for that reason. Nothing else should call `setPersistentEngine`.
 */

/** Storage problems met during this visit; the notice shows one message for each. */
export const $storageFaults = atom<StorageFault[]>([]);

/** Records a storage problem once. */
export function reportFault(fault: StorageFault) {
  if (!$storageFaults.get().includes(fault)) $storageFaults.set([...$storageFaults.get(), fault]);
}

const inBrowser = typeof window !== 'undefined';
let persistenceAsked = false;

/** Prefix of this deployment's keys: the course and its base path (issue 17.5). */
export const PREFIX = storagePrefix(import.meta.env.BASE_URL);

/** A key of ours that the stores may see: every part after the prefix an id (so never `…:__proto__`). */
const isOurKey = (key: string) =>
  key.startsWith(PREFIX) &&
  key
    .slice(PREFIX.length)
    .split(':')
    .every((part) => part === '' || isId(part));

/**
 * The course's storage: localStorage wrapped so it never throws. On the server (rendering the
 * HTML) it is an empty memory, so the first client render matches the server HTML.
 */
export const storage = createSafeStorage(
  () => (inBrowser ? window.localStorage : undefined),
  (fault) => inBrowser && reportFault(fault),
  (key) => {
    // Ask once, on the first real save, that the browser keep the data under storage pressure.
    // The version mark written on a first visit is not a save: asking then could prompt for nothing.
    if (persistenceAsked || key === PREFIX + VERSION_KEY || !key.startsWith(PREFIX)) return;
    persistenceAsked = true;
    navigator.storage?.persist?.().catch(() => {});
  },
  isOurKey,
);

if (inBrowser) {
  adoptLegacyKeys(storage.raw, PREFIX);
  if (migrate(storage.raw, PREFIX).kind === 'newer') {
    // Written by a newer version of the course: read it, but never overwrite it.
    storage.freeze();
    reportFault('newer');
  }
}

setPersistentEngine(storage.engine, inBrowser ? windowPersistentEvents : { addEventListener() {}, removeEventListener() {} });
