import type { StorageBackend } from '../../../src/lib/safe-storage';

/** A Web Storage stand-in with a size limit, like a browser's localStorage. */
export function fakeStorage(limit = Infinity): StorageBackend & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const size = [...data].reduce((n, [a, b]) => n + a.length + b.length, 0) - (data.has(k) ? k.length + data.get(k)!.length : 0);
      if (size + k.length + v.length > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}
