import { matchRoutes, type RouteObject } from 'react-router-dom';
import { preloadPage } from './pageModules';
import { preloadLoaders, type PageHandle } from './routes';

// Fetch a page's data and code before the reader clicks: when its link is hovered, focused or
// scrolled into view. The loaders' payload cache (src/content/api.ts) hands the data to the
// click; the browser keeps the code.

function sameSitePath(anchor: HTMLAnchorElement): string | undefined {
  if (anchor.target && anchor.target !== '_self') return undefined;
  if (anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return undefined;
  // Files (feeds, images) are not pages: there is nothing to prefetch for them.
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}`;
}

/**
 * Runs the loaders of the page at `path`, and with `code` loads the page's code too; a repeat
 * costs a look-up.
 */
function prefetch(routes: RouteObject[], path: string, code: boolean): void {
  // Offline, a fetch could only fail: what the reader opens comes from the service worker.
  if (!navigator.onLine) return;
  const url = new URL(path, window.location.origin);
  const matches = matchRoutes(routes, url.pathname) ?? [];
  for (const { route, params } of matches) {
    const page = (route.handle as Partial<PageHandle> | undefined)?.page;
    if (page && code) preloadPage(page).catch(() => undefined);
    if (typeof route.loader !== 'function') continue;
    // The page's own loader: whatever it loads lands in the cache. A failure waits for the click.
    const args = {
      params,
      request: new Request(url),
      url,
      pattern: route.path ?? '',
      context: undefined,
    };
    // A loader may throw at once (a 404) or reject later: neither concerns the reader yet.
    new Promise((resolve) => {
      resolve(typeof route.loader === 'function' ? route.loader(args) : undefined);
    }).catch(() => undefined);
  }
}

/** A link to one of this site's pages. */
const siteLink = 'a[href^="/"]';

/** The links to this site's pages in `node`, `node` itself included. */
function linksIn(node: Node): HTMLAnchorElement[] {
  if (!(node instanceof Element)) return [];
  const links = [...node.querySelectorAll<HTMLAnchorElement>(siteLink)];
  return node instanceof HTMLAnchorElement && node.matches(siteLink) ? [node, ...links] : links;
}

/**
 * Watches the links in the page's `<main>` as React draws them, whenever that is: a page reached
 * by a link may wait frames for its code, and a region appears once its own code has come.
 */
function watchLinks(routes: RouteObject[]): void {
  const onIntent = (event: Event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const path = sameSitePath(anchor);
    if (path) prefetch(routes, path, true);
  };
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);

  const main = document.querySelector('main');
  if (!main || !('IntersectionObserver' in window)) return;
  const inView = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting || !(entry.target instanceof HTMLAnchorElement)) continue;
      inView.unobserve(entry.target);
      const path = sameSitePath(entry.target);
      // Only the data: the code of every page in view would cost more than it saves.
      if (path) prefetch(routes, path, false);
    }
  });
  linksIn(main).forEach((link) => inView.observe(link));
  // A link that leaves the page is let go of, so a long session watches only what is shown; a
  // link React keeps but points elsewhere (the next page's) is watched again.
  new MutationObserver((records) => {
    for (const { type, target, addedNodes, removedNodes } of records) {
      removedNodes.forEach((node) => linksIn(node).forEach((link) => inView.unobserve(link)));
      const added = type === 'attributes' ? [target] : [...addedNodes];
      added.forEach((node) => linksIn(node).forEach((link) => inView.observe(link)));
    }
  }).observe(main, { childList: true, subtree: true, attributeFilter: ['href'] });
}

/** Prefetches the data and code behind links as they come into view or are pointed at. */
export function prefetchLinks(routes: RouteObject[]): void {
  // Every page change runs a loader, even where no link in view has loaded their code yet (the
  // search page before its first query).
  preloadLoaders().catch(() => undefined);
  watchLinks(routes);
}
