import type { RawStore } from './learner-migrations';

/** What can go wrong with the browser's storage; each becomes a notice to the learner. */
export type StorageFault = 'unavailable' | 'full' | 'newer' | 'unreadable';

/** The part of the Web Storage API this module uses. */
export interface StorageBackend {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SafeStorage {
  /** An object for `setPersistentEngine`: property reads and writes go to storage, never throw. */
  engine: Record<string, string>;
  /** The same storage for migrations and backups (all keys, including ones the engine hides). */
  raw: RawStore;
  /** Whether the key's current value is in the browser's storage (false: kept in memory for this visit only). */
  isStored(key: string): boolean;
  /** From now on nothing is written to the browser's storage (data of a newer course version). */
  freeze(): void;
}

const isQuotaError = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * Wraps localStorage so that every read and write may fail without breaking the page: storage
 * that is missing or throws (private modes, blocked cookies), full (QuotaExceededError, which
 * @nanostores/persistent does not catch) or frozen keeps what could not be saved in memory for
 * this visit and reports the fault once. A write of the value already stored is skipped, so
 * restoring a store never rewrites (or overwrites) what is there.
 */
export function createSafeStorage(
  getBackend: () => StorageBackend | undefined,
  onFault: (fault: StorageFault) => void,
  onWrite: (key: string) => void = () => {},
  /** Which keys the engine lists; others (another course's, malformed ones such as `…:__proto__`) stay unseen by the stores. */
  lists: (key: string) => boolean = () => true,
): SafeStorage {
  /** Values that could not be saved (null: a removal that could not be saved). */
  const memory = new Map<string, string | null>();
  let frozen = false;
  let backend: StorageBackend | undefined;
  try {
    backend = getBackend();
    backend?.getItem('__probe__');
  } catch {
    backend = undefined;
  }
  if (!backend) onFault('unavailable');

  const fail = (fault: StorageFault) => onFault(fault);

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key) ?? undefined;
    try {
      return backend?.getItem(key) ?? undefined;
    } catch {
      fail('unavailable');
      return undefined;
    }
  };

  const keys = (): string[] => {
    const out = new Set<string>();
    try {
      for (let i = 0; backend && i < backend.length; i++) {
        const key = backend.key(i);
        if (key !== null) out.add(key);
      }
    } catch {
      fail('unavailable');
    }
    for (const [key, value] of memory) {
      if (value === null) out.delete(key);
      else out.add(key);
    }
    return [...out];
  };

  const write = (key: string, value: string | undefined) => {
    if (read(key) === value) return;
    if (backend && !frozen) {
      try {
        if (value === undefined) backend.removeItem(key);
        else backend.setItem(key, value);
        memory.delete(key);
        onWrite(key);
        return;
      } catch (error) {
        fail(faultOf(error));
      }
    }
    memory.set(key, value ?? null);
  };

  // A private mode whose storage refuses every write throws the same QuotaExceededError as a
  // full one, with nothing stored: that is storage not available, not storage full.
  const faultOf = (error: unknown): StorageFault => {
    try {
      return isQuotaError(error) && backend!.length > 0 ? 'full' : 'unavailable';
    } catch {
      return 'unavailable';
    }
  };

  /** All or nothing: on the first refused write, the keys already written get their old values back. */
  const apply = (writes: Iterable<readonly [string, string | undefined]>): boolean => {
    if (!backend || frozen) return false;
    const done: [string, string | null][] = [];
    try {
      for (const [key, value] of writes) {
        const previous = backend.getItem(key);
        if ((previous ?? undefined) === value) {
          memory.delete(key);
          continue;
        }
        done.push([key, previous]);
        if (value === undefined) backend.removeItem(key);
        else backend.setItem(key, value);
      }
    } catch (error) {
      fail(faultOf(error));
      for (const [key, previous] of done.reverse()) {
        try {
          if (previous === null) backend.removeItem(key);
          else backend.setItem(key, previous);
        } catch {
          // Putting back a value that was there always fits; nothing more can be done here.
        }
      }
      return false;
    }
    for (const [key] of done) {
      memory.delete(key);
      onWrite(key);
    }
    return true;
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key === 'string') write(key, undefined);
      return true;
    },
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    ownKeys: () => keys().filter(lists),
    getOwnPropertyDescriptor: (_, key) => {
      const value = typeof key === 'string' ? read(key) : undefined;
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
  });

  return {
    engine,
    raw: { keys, get: read, apply },
    isStored: (key) => !memory.has(key),
    freeze: () => {
      frozen = true;
    },
  };
}
