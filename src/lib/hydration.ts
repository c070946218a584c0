import { useEffect } from 'react';
import { useHydrated } from './useHydrated';

// The two markers of hydration that the prerender, the browser and the tests share.

/**
 * The id of the `<script type="application/json">` that carries the router's loader data from
 * the prerender to the browser (non-executable, so the Content-Security-Policy needs no inline
 * script).
 */
export const hydrationScriptId = 'router-data';

/**
 * Set on `<html>` once React has hydrated the page and drawn what only works with JavaScript.
 * The static HTML never has it, so a browser test that waits for it cannot pass by accident.
 */
export const hydratedAttribute = 'data-hydrated';

/** Marks `<html>` as hydrated; the root of the app calls it once. */
export function useHydratedMarker(): void {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.setAttribute(hydratedAttribute, '');
  }, [hydrated]);
}
