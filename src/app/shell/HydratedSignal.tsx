import { useEffect } from 'react';
import { pageHydrated } from '../../lib/hydration';

/**
 * Renders nothing. It sits beside the page in the shell's Suspense boundary, so its effect runs
 * when the page's own code has arrived and the page has hydrated, not merely the shell.
 */
export function HydratedSignal() {
  useEffect(pageHydrated, []);
  return null;
}
