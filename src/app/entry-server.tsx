import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { setDataSource } from '../content/api';
import { routes, type PageHandle } from './routes';
import { serializeHydrationData } from './hydrationData';
import type { PageName } from './pageModules';

export interface RenderedPage {
  status: number;
  /** The page whose code the browser needs to hydrate this one (see pageModules.ts). */
  page: PageName | undefined;
  /** <title>, <meta> and <link> elements React hoisted, for the document head. */
  head: string;
  body: string;
  data: string;
}

const handler = createStaticHandler(routes);

// React writes hoistable elements (title, meta, link) ahead of the tree.
const hoisted = /^(?:<(?:title)[^>]*>[^<]*<\/title>|<(?:meta|link)\b[^>]*\/?>)+/;

/** Renders one URL of the site to HTML, using payloads handed over from the build. */
export async function renderPage(
  url: string,
  payloads: ReadonlyMap<string, unknown>,
): Promise<RenderedPage> {
  setDataSource((path) =>
    payloads.has(path)
      ? Promise.resolve(payloads.get(path))
      : Promise.reject(new Error(`The build has no payload at ${path}`)),
  );
  const context = await handler.query(new Request(new URL(url, 'http://prerender.local')));
  if (context instanceof Response)
    throw new Error(`${url} redirects; only final pages are prerendered`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // `prerender` waits for every lazy page and feature, so the HTML is complete.
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  const head = hoisted.exec(html)?.[0] ?? '';
  const handles = context.matches.map(
    (match) => match.route.handle as Partial<PageHandle> | undefined,
  );
  return {
    status: context.statusCode,
    // A page that failed to load, or does not exist, shows the error page instead.
    page: context.errors ? 'PageError' : handles.findLast((handle) => handle?.page)?.page,
    head,
    body: html.slice(head.length),
    data: serializeHydrationData(context),
  };
}
