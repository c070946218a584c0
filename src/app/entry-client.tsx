import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { whenIdle } from '../lib/lazyFeature';
import { hydrationScriptId } from '../lib/hydration';
import { routes } from './routes';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/story.css';
import '../styles/print.css';

// The page's boot script (boot.ts) loads this once the page has painted, with the page's own
// chunk beside it (the build lists it for each page).

declare global {
  interface Window {
    __staticRouterHydrationData?: unknown;
  }
}

const container = document.getElementById('root');
const dataScript = document.getElementById(hydrationScriptId);
if (!container) throw new Error('index.html has no #root element');

// react-router revives serialized errors from this global when the router is created.
if (dataScript?.textContent)
  window.__staticRouterHydrationData = JSON.parse(dataScript.textContent);

const router = createBrowserRouter(routes);
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
// Prerendered pages are hydrated, as a transition so that hydration yields to the reader's
// input; `npm run dev` serves the bare shell, rendered from scratch.
if (dataScript) startTransition(() => void hydrateRoot(container, app));
else createRoot(container).render(app);

// Prefetch what links lead to: not needed to show this page, so once the browser is idle.
void whenIdle()
  .then(() => import('./prefetch'))
  .then(({ prefetchLinks }) => prefetchLinks(routes));

// Offline reading: only in the built site (the dev server serves no service worker).
if (import.meta.env.PROD) {
  void whenIdle()
    .then(() => import('../lib/serviceWorker'))
    .then(({ registerServiceWorker }) => registerServiceWorker(router))
    .catch((error: unknown) => {
      console.warn('Offline reading is unavailable:', error);
    });
}
