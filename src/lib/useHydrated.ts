import { useSyncExternalStore } from 'react';

// Nothing ever changes after hydration, so there is nothing to subscribe to.
const subscribeNoop = () => () => undefined;

/**
 * False while rendering on the server and during hydration, true afterwards. Lets a component
 * switch on what only works with JavaScript without the server HTML and the first client
 * render disagreeing (which would be a hydration mismatch).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNoop,
    () => true,
    () => false,
  );
}
