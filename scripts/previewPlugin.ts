import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { serviceRenderedPage } from '../src/lib/urls.ts';

/**
 * Another spelling of a page's address (`/world/index.html`, `/world//slug`): the page's own
 * address to redirect to, or undefined. deploy/nginx.conf does the same.
 */
function canonicalPath(rawPath: string): string | undefined {
  const path = rawPath.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
  if (path === rawPath) return undefined;
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

/** A request's path as a file path: `.` and `..` (spelled `%2e` too) resolved, then decoded. */
function decoded(rawPath: string): string {
  try {
    // Leading slashes merged first: the URL parser would take `//world` for a host.
    return decodeURIComponent(new URL(rawPath.replace(/^\/+/, '/'), 'http://localhost').pathname);
  } catch {
    return '/__malformed__';
  }
}

/**
 * `vite preview` answers every unknown path with the front page and status 200. Serve each
 * prerendered page at its clean URL (with or without a trailing slash), redirect other
 * spellings of it to that URL, and answer the rest (404.html itself too) with the 404 page.
 */
export function prerenderedPages(): Plugin {
  let root = 'dist';
  return {
    name: 'broadsheet-prerendered-pages',
    apply: 'serve',
    configResolved(config) {
      root = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const [rawPath = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
        let pathname = decoded(rawPath);
        // The sign-up service is proxied (vite.config.ts), not a file.
        if (pathname.startsWith('/api/') || serviceRenderedPage.test(req.url ?? '')) return next();
        // Only what is inside the served folder: a bare prefix test (`startsWith(root)`) would
        // also let dist/ serve its sibling dist-hostile/.
        const within = (file: string) => file === root || file.startsWith(root + path.sep);
        const pageOf = (at: string) => {
          const page = path.join(root, at, 'index.html');
          return within(page) && existsSync(page) ? page : undefined;
        };
        const canonical = canonicalPath(rawPath);
        if (canonical) {
          // Another spelling of a page's address: to the page, if there is one.
          if (pageOf(decoded(canonical))) {
            res.statusCode = 301;
            res.setHeader('location', query === undefined ? canonical : `${canonical}?${query}`);
            res.end();
            return;
          }
          pathname = '/__not_found__';
        }
        const file = path.join(root, pathname);
        const notFoundPage = path.join(root, '404.html');
        if (within(file) && file !== notFoundPage && existsSync(file) && statSync(file).isFile())
          return next();
        const page = canonical ? undefined : pageOf(pathname);
        const found = page !== undefined;
        const html = readFileSync(page ?? notFoundPage);
        res.statusCode = found ? 200 : 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.setHeader('vary', 'accept-encoding');
        // Compressed like every other response, as a production host would.
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          res.setHeader('content-encoding', 'gzip');
          res.end(gzipSync(html));
        } else {
          res.end(html);
        }
      });
    },
  };
}
