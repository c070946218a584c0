import type { RouteObject } from 'react-router-dom';
import { deferredPages } from './deferredPage';
import {
  homeLoader,
  notFoundLoader,
  offersLoader,
  searchLoader,
  sectionLoader,
  storyLoader,
} from './loaders';
import { ArticlePage } from './pages/ArticlePage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OfflinePage } from './pages/OfflinePage';
import { PageError } from './pages/PageError';
import { SavedPage } from './pages/SavedPage';
import { SearchPage, SearchPageFallback } from './pages/SearchPage';
import { SectionPage } from './pages/SectionPage';
import { SubscribePage } from './pages/SubscribePage';
import { Shell } from './shell/Shell';

// The newsletter's own pages, where the sign-up service sends readers (server/): few readers
// open them, so their code, loaders included, is not part of anyone's first visit.
const newsletterPage = deferredPages(() => import('./pages/newsletterPages'));

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
          { index: true, loader: homeLoader, element: <HomePage /> },
          { path: 'page/:page', loader: homeLoader, element: <HomePage /> },
          {
            path: 'search',
            loader: searchLoader,
            element: <SearchPage />,
            HydrateFallback: SearchPageFallback,
          },
          { path: 'offline', element: <OfflinePage /> },
          { path: 'subscribe', loader: offersLoader, element: <SubscribePage /> },
          {
            path: 'newsletter',
            ...newsletterPage(
              (m) => m.NewsletterPage,
              (m) => m.newsletterLoader,
            ),
          },
          { path: 'newsletter/thanks', ...newsletterPage((m) => m.NewsletterThanksPage) },
          {
            path: 'newsletter/unsubscribe',
            ...newsletterPage(
              (m) => m.UnsubscribePage,
              (m) => m.unsubscribeLoader,
            ),
          },
          { path: 'newsletter/unsubscribed', ...newsletterPage((m) => m.UnsubscribedPage) },
          // Static, so it outranks `:section`; no loader, as what was saved lives in the browser.
          { path: 'saved', element: <SavedPage /> },
          { path: ':section', loader: sectionLoader, element: <SectionPage /> },
          { path: ':section/page/:page', loader: sectionLoader, element: <SectionPage /> },
          { id: 'article', path: ':section/:slug', loader: storyLoader, element: <ArticlePage /> },
          // The loader answers 404 so the prerender and the server know; the page is the same.
          { path: '*', loader: notFoundLoader, element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
