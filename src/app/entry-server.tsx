import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { setDataSource } from '../content/api';
import { routes } from './routes';
import { serializeHydrationData } from './hydrationData';

export interface RenderedPage {
  status: number;
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
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const head = hoisted.exec(html)?.[0] ?? '';
  return {
    status: context.statusCode,
    head,
    body: html.slice(head.length),
    data: serializeHydrationData(context),
  };
}
