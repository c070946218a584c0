import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { routes } from './routes';
import { hydrationScriptId } from './hydrationData';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/article.css';

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

const app = (
  <StrictMode>
    <RouterProvider router={createBrowserRouter(routes)} />
  </StrictMode>
);
// Prerendered pages are hydrated; `npm run dev` serves the bare shell, rendered from scratch.
if (dataScript) hydrateRoot(container, app);
else createRoot(container).render(app);
