import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { routes } from '../../../src/app/routes';
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
  return { ...view, router, user, real: content };
}

/** Renders one component that needs a router (for its links) at `/`. */
export function renderWithRouter(element: ReactNode) {
  const router = createMemoryRouter([{ path: '*', element }]);
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, user };
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
