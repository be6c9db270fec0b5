import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

// The two ways an island meets the server HTML it hydrates (one module: every island loads both).

/**
 * False in the server HTML and in the island's first render, true right after. An island renders
 * exactly the server's HTML while Preact hydrates (hydration does not patch attributes such as
 * `disabled`), then what only the browser knows: stored answers, working controls.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * A stored value for an island: `neutral` in the server HTML and in the first render (the server
 * has no stored data), the stored value right after. The one way islands wait for stored data, so
 * hydration never meets HTML it did not render; `useHydrated` is only for enabling controls.
 */
export function useStored<T, N = T>(store: ReadableAtom<T>, neutral: N, keys?: string[]): T | N {
  return useStore(store, { ssr: () => neutral as never, ...(keys && { keys: keys as never }) });
}

/** The neutral value of a map store: nothing stored (yet). */
export const NONE: Record<string, never> = {};
