import { lazy, memo, Suspense, useState, type ComponentType } from 'react';
import { whenHydrated } from './hydration';

// Code that is not needed to show a page (saving, sharing, the sign-up form's enhancement,
// reader preferences, the update prompt, a story's sidebar) is not part of what a first visit
// runs to hydrate it: it loads once the page has hydrated and the browser is idle, or as soon as
// the reader reaches for the page. Until then React keeps the region's prerendered HTML in place
// (selective hydration), and the boot script keeps a click made in the meantime.

const intents = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
let idle: Promise<void> | undefined;

/** Resolves at the browser's first idle moment after hydration, or at the reader's first move. */
export function whenIdle(): Promise<void> {
  idle ??= new Promise<void>((resolve) => {
    void whenHydrated().then(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 200);
    });
    for (const intent of intents) {
      window.addEventListener(intent, () => resolve(), {
        capture: true,
        once: true,
        passive: true,
      });
    }
  });
  return idle;
}

/** On <html> while a region waits for its code (the tests wait for none to be waiting). */
export const regionsLoadingAttribute = 'data-regions-loading';
let loading = 0;

function count(change: 1 | -1) {
  loading += change;
  document.documentElement.toggleAttribute(regionsLoadingAttribute, loading > 0);
}

/** A region's component, and a way to load its code before a page that shows it is rendered. */
export type LazyFeature<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A component whose code loads once `whenIdle` says so (at once in the prerender, so its HTML
 * is always in the page), in a Suspense boundary of its own. Memoised, so a parent's re-render
 * with the same props never disturbs a region still waiting for its code. A region mounted once
 * its code is in (`preload`, or an earlier page) shows at once, so a page reached by a link
 * shows whole; one mounted before keeps waiting in its boundary, never remounted.
 */
export function lazyFeature<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyFeature<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    if (typeof window === 'undefined') return { default: await loadOnce() };
    count(1);
    try {
      await whenIdle();
      return { default: await loadOnce() };
    } finally {
      count(-1);
    }
  });
  const Feature = memo(function Feature(props: P) {
    const [Shown] = useState(() => loaded ?? Lazy);
    return (
      <Suspense>
        <Shown {...props} />
      </Suspense>
    );
  });
  return Object.assign(Feature, { preload: loadOnce });
}
