import { lazy, type ComponentType } from 'react';
import { hydratedAttribute } from '../lib/hydration';

// Each kind of page is a chunk of its own: a first visit to a story loads the story page's code
// and no other page's. The build looks each name's module up in Vite's manifest
// (`src/app/pages/<module>.tsx`) to preload the chunk each prerendered page needs.

/**
 * A page with on-demand regions (src/app/onDemand.ts) lists them. The first page's load at idle;
 * a page reached by a link waits for its regions' code as well as its own, so it shows whole, and
 * nothing appears above a reader who has begun to read (nor moves the place Back returns to).
 */
function withRegions(
  page: ComponentType,
  regions: readonly { preload: () => Promise<unknown> }[],
): ComponentType | Promise<ComponentType> {
  // The prerender, and the page the browser loaded while it hydrates.
  if (typeof document === 'undefined' || !document.documentElement.hasAttribute(hydratedAttribute))
    return page;
  // A region whose code fails shows its failure in its own boundary, never the page's.
  const preloads = regions.map((region) => region.preload().catch(() => undefined));
  return Promise.all(preloads).then(() => page);
}

const pages = {
  HomePage: () => import('./pages/HomePage').then((m) => withRegions(m.HomePage, m.regions)),
  NewsletterPage: () => import('./pages/NewsletterPage').then((m) => m.NewsletterPage),
  NewsletterThanksPage: () =>
    import('./pages/NewsletterThanksPage').then((m) => m.NewsletterThanksPage),
  NotFoundPage: () => import('./pages/NotFoundPage').then((m) => m.NotFoundPage),
  OfflinePage: () => import('./pages/OfflinePage').then((m) => m.OfflinePage),
  PageError: () => import('./pages/PageError').then((m) => m.PageError),
  SavedPage: () => import('./pages/SavedPage').then((m) => m.SavedPage),
  SearchPage: () => import('./pages/SearchPage').then((m) => m.SearchPage),
  SearchPageFallback: () => import('./pages/SearchPage').then((m) => m.SearchPageFallback),
  SectionPage: () =>
    import('./pages/SectionPage').then((m) => withRegions(m.SectionPage, m.regions)),
  StoryPage: () => import('./pages/StoryPage').then((m) => withRegions(m.StoryPage, m.regions)),
  SubscribePage: () => import('./pages/SubscribePage').then((m) => m.SubscribePage),
  UnsubscribePage: () => import('./pages/UnsubscribePage').then((m) => m.UnsubscribePage),
  UnsubscribedPage: () => import('./pages/UnsubscribedPage').then((m) => m.UnsubscribedPage),
} satisfies Record<string, () => Promise<ComponentType>>;

export type PageName = keyof typeof pages;

/** The source module of a page, as Vite's manifest names it. */
export const pageModule = (name: PageName) =>
  `src/app/pages/${name === 'SearchPageFallback' ? 'SearchPage' : name}.tsx`;

/** Starts loading a page's code; a repeat is free, as a module loads once. */
export function preloadPage(name: PageName): Promise<unknown> {
  return pages[name]();
}

const components = new Map<PageName, ComponentType>();

/** The page's component, loaded on its first render (the shell holds the Suspense boundary). */
export function lazyPage(name: PageName): ComponentType {
  let component = components.get(name);
  if (!component) {
    component = lazy(() => pages[name]().then((loaded) => ({ default: loaded })));
    components.set(name, component);
  }
  return component;
}
