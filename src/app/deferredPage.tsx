import { Suspense, use } from 'react';
import type { ComponentType } from 'react';
import type { LoaderFunctionArgs } from 'react-router-dom';

/**
 * Pages few readers open, whose code (components and loaders) is kept out of the first visit's
 * JavaScript in a module of their own. A route's loader loads that module first, so the
 * prerender and every client-side visit render the page at once. A page hydrated straight from
 * its prerendered HTML meets it before the code has arrived: it suspends, and React keeps the
 * server's HTML of its Suspense boundary on screen, untouched, until the code is there and it
 * can hydrate.
 */
export function deferredPages<M>(load: () => Promise<M>) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module;
      return module;
    }));
  /** A route's `loader` and `element` for one page of the module, and its own loader if any. */
  return <T = null,>(
    page: (module: M) => ComponentType,
    loader?: (module: M) => (args: LoaderFunctionArgs) => T,
  ) => {
    function Deferred() {
      const Page = page(loaded ?? use(preload()));
      return <Page />;
    }
    return {
      loader: async (args: LoaderFunctionArgs): Promise<Awaited<T> | null> => {
        const module = await preload();
        return loader ? await loader(module)(args) : null;
      },
      element: (
        <Suspense>
          <Deferred />
        </Suspense>
      ),
    };
  };
}
