import type { LoaderFunctionArgs, RouteObject } from 'react-router-dom';
import { lazyPage, type PageName } from './pageModules';
import { Shell } from './shell/Shell';

/** What a route tells the prefetcher and the build: the page whose code it shows. */
export interface PageHandle {
  page: PageName;
}

const page = (name: PageName) => {
  const Page = lazyPage(name);
  return { element: <Page />, handle: { page: name } satisfies PageHandle };
};

type Loaders = typeof import('./loaders');

/**
 * Loads the loaders' code (and the chunks it imports, one round trip later). The first page
 * change waits for it, so the prefetcher loads it once the browser is idle: on a phone, that
 * is two round trips the first search or click would otherwise spend before asking for data.
 */
export const preloadLoaders = (): Promise<Loaders> => import('./loaders');

/**
 * A route's loader, whose code (with the data access under it) loads the first time a loader
 * runs: a prerendered page hydrates from the data written into it, so showing it needs none.
 */
function loader(name: keyof Loaders) {
  const load = async (args: LoaderFunctionArgs) => {
    const loaders = await preloadLoaders();
    return (loaders[name] as (args: LoaderFunctionArgs) => unknown)(args);
  };
  // The search page's data depends on the query, which the prerender cannot know: with one in
  // the address, the browser runs the loader as the page hydrates.
  const hydrate =
    name === 'searchLoader' &&
    typeof window !== 'undefined' &&
    new URLSearchParams(window.location.search).has('q');
  return Object.assign(load, { hydrate });
}

const homeLoader = loader('homeLoader');
const sectionLoader = loader('sectionLoader');

const SearchPageFallback = lazyPage('SearchPageFallback');
const PageError = lazyPage('PageError');

/** The one route table: the prerender and the browser both use it, so they cannot drift. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    element: <Shell />,
    children: [
      {
        id: 'page',
        // A failing or missing page keeps the header, navigation and footer around it.
        errorElement: <PageError />,
        children: [
          { index: true, loader: homeLoader, ...page('HomePage') },
          { path: 'page/:page', loader: homeLoader, ...page('HomePage') },
          {
            path: 'search',
            loader: loader('searchLoader'),
            ...page('SearchPage'),
            HydrateFallback: SearchPageFallback,
          },
          { path: 'offline', ...page('OfflinePage') },
          { path: 'subscribe', loader: loader('offersLoader'), ...page('SubscribePage') },
          // Where the sign-up service sends readers (server/); it renders the first and third
          // itself when their address carries a refused sign-up or an unsubscribe token.
          { path: 'newsletter', loader: loader('newsletterLoader'), ...page('NewsletterPage') },
          { path: 'newsletter/thanks', ...page('NewsletterThanksPage') },
          {
            path: 'newsletter/unsubscribe',
            loader: loader('unsubscribeLoader'),
            ...page('UnsubscribePage'),
          },
          { path: 'newsletter/unsubscribed', ...page('UnsubscribedPage') },
          // Static, so it outranks `:section`; no loader, as what was saved lives in the browser.
          { path: 'saved', ...page('SavedPage') },
          { path: ':section', loader: sectionLoader, ...page('SectionPage') },
          { path: ':section/page/:page', loader: sectionLoader, ...page('SectionPage') },
          {
            id: 'story',
            path: ':section/:slug',
            loader: loader('storyLoader'),
            ...page('StoryPage'),
          },
          // The loader answers 404 so the prerender and the server know; the page is the same.
          { path: '*', loader: loader('notFoundLoader'), ...page('NotFoundPage') },
        ],
      },
    ],
  },
];
