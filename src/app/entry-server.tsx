import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { setDataSource } from '../content/api';
import { routes, type PageHandle } from './routes';
import { serializeHydrationData } from './hydrationData';
import { pageModule } from './pageModules';

export interface RenderedPage {
  status: number;
  /** The source module of the page's own code, which the browser needs to hydrate it. */
  pageModule: string | undefined;
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
  // `prerender` waits for every lazy page and region, so the HTML is complete. Each Suspense
  // boundary stays in place (no chunk size makes React move one to the end of the page with an
  // inline script to put it back, which the Content-Security-Policy would block), and an error
  // while rendering fails the build rather than leave the browser to render that part.
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY, onError: (error) => void errors.push(error) },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0 || /<template\b|<script>/.test(html)) {
    throw new Error(`${url} did not prerender whole`, { cause: errors[0] });
  }
  const head = hoisted.exec(html)?.[0] ?? '';
  const handles = context.matches.map(
    (match) => match.route.handle as Partial<PageHandle> | undefined,
  );
  // A page that failed to load, or does not exist, shows the error page instead.
  const page = context.errors ? 'PageError' : handles.findLast((handle) => handle?.page)?.page;
  return {
    status: context.statusCode,
    pageModule: page && pageModule(page),
    head,
    body: html.slice(head.length),
    data: serializeHydrationData(context),
  };
}
