import type { RouteObject } from 'react-router-dom';
import {
  homeLoader,
  newsletterLoader,
  notFoundLoader,
  offersLoader,
  searchLoader,
  sectionLoader,
  storyLoader,
  unsubscribeLoader,
} from './loaders';
import { ArticlePage } from './pages/ArticlePage';
import { HomePage } from './pages/HomePage';
import { NewsletterPage, NewsletterPageFallback } from './pages/NewsletterPage';
import { NewsletterThanksPage } from './pages/NewsletterThanksPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OfflinePage } from './pages/OfflinePage';
import { PageError } from './pages/PageError';
import { SavedPage } from './pages/SavedPage';
import { SearchPage, SearchPageFallback } from './pages/SearchPage';
import { SectionPage } from './pages/SectionPage';
import { SubscribePage } from './pages/SubscribePage';
import { UnsubscribedPage } from './pages/UnsubscribedPage';
import { UnsubscribePage, UnsubscribePageFallback } from './pages/UnsubscribePage';
import { Shell } from './shell/Shell';

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
          // The newsletter's pages; the sign-up service sends readers to them (server/).
          {
            path: 'newsletter',
            loader: newsletterLoader,
            element: <NewsletterPage />,
            HydrateFallback: NewsletterPageFallback,
          },
          { path: 'newsletter/thanks', element: <NewsletterThanksPage /> },
          {
            path: 'newsletter/unsubscribe',
            loader: unsubscribeLoader,
            element: <UnsubscribePage />,
            HydrateFallback: UnsubscribePageFallback,
          },
          { path: 'newsletter/unsubscribed', element: <UnsubscribedPage /> },
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
