import { useEffect, useState } from 'preact/hooks';

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
