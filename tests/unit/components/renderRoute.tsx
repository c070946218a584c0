import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { expect } from 'vitest';
import { routes } from '../../../src/app/routes';
import { hydratedAttribute } from '../../../src/lib/hydration';
import { regionsLoadingAttribute } from '../../../src/lib/lazyFeature';
import { NotFoundError, setDataSource } from '../../../src/content/api';
import { realPayloads } from '../realContent';

// Shared by the component tests: the real route table, fed the real compiled content.

export type Real = Awaited<ReturnType<typeof realPayloads>>;
export type DataSource = Parameters<typeof setDataSource>[0];

// jsdom has no scrolling; the router's ScrollRestoration calls it after every page change.
window.scrollTo = () => undefined;

let compiled: Promise<Real> | undefined;

/** The real content, compiled once per test file. */
export function real(): Promise<Real> {
  compiled ??= realPayloads();
  return compiled;
}

/** Serves payloads from memory the way the fetch source does: unknown paths are a 404. */
export function sourceFrom(payloads: Map<string, unknown>): DataSource {
  return (path) => {
    const found = payloads.get(path);
    return found === undefined ? Promise.reject(new NotFoundError(path)) : Promise.resolve(found);
  };
}

/** Renders the whole site at `url`, with the real content unless a data source is given. */
export async function renderRoute(url: string, source?: DataSource) {
  const content = await real();
  setDataSource(source ?? sourceFrom(content.payloads));
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  // Until the first loaders settle, a route may show its HydrateFallback instead of the page;
  // then the page's code, and the code of its regions (src/app/onDemand.ts), load and draw.
  await waitFor(
    () => {
      if (!router.state.initialized) throw new Error('the router has not loaded the first page');
      if (!document.documentElement.hasAttribute(hydratedAttribute)) {
        throw new Error('the page has not rendered');
      }
      if (document.documentElement.hasAttribute(regionsLoadingAttribute)) {
        throw new Error('a region is still loading its code');
      }
      // The first test of a file waits for Vite to compile each region's module.
    },
    { timeout: 15_000 },
  );
  return { ...view, router, user, real: content };
}

/**
 * The site header landmark. Testing Library also calls a story's own <header> a banner, though
 * browsers do not (a header inside <article> or <main> is no landmark), so that one is left out.
 */
export function siteBanner(): HTMLElement {
  const banner = screen.getAllByRole('banner').find((el) => el.closest('main') === null);
  if (!banner) throw new Error('no site header landmark outside <main>');
  return banner;
}

/**
 * Checks that a link goes to `path` (a site path or a full URL without its query), with exactly
 * the query parameters given, in any order.
 * Subscribe links carry where they stand on the page and the story they stand in.
 */
export function expectLinkTo(link: HTMLElement, path: string, params: Record<string, string> = {}) {
  const base = 'https://site.invalid';
  const url = new URL(link.getAttribute('href') ?? '', base);
  // Links within the site are compared by path; links off-site by origin and path.
  expect(url.origin === base ? url.pathname : `${url.origin}${url.pathname}`).toBe(path);
  expect(Object.fromEntries(url.searchParams)).toEqual(params);
}
