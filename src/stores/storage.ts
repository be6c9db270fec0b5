import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { migrate, storedVersion, VERSION_KEY } from '../lib/learner-data';
import { createSafeStorage, type StorageFault } from '../lib/safe-storage';

/** Storage problems met during this visit; the notice shows one message for each. */
export const $storageFaults = atom<StorageFault[]>([]);

/** Records a storage problem once. */
export function reportFault(fault: StorageFault) {
  if (!$storageFaults.get().includes(fault)) $storageFaults.set([...$storageFaults.get(), fault]);
}

const inBrowser = typeof window !== 'undefined';
let persistenceAsked = false;

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
    if (persistenceAsked || key === VERSION_KEY) return;
    persistenceAsked = true;
    navigator.storage?.persist?.().catch(() => {});
  },
);

if (inBrowser) {
  const version = storedVersion(storage.raw);
  if (version.kind === 'newer') {
    // Written by a newer version of the course: read it, but never overwrite it.
    storage.freeze();
    reportFault('newer');
  } else {
    migrate(storage.raw);
  }
}

setPersistentEngine(storage.engine, inBrowser ? windowPersistentEvents : { addEventListener() {}, removeEventListener() {} });
