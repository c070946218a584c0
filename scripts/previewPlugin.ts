import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { serviceRenderedPage } from '../src/lib/urls.ts';

/**
 * `vite preview` answers every unknown path with the front page and status 200. Serve each
 * prerendered page at its clean URL (with or without a trailing slash) and the rest as 404.
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
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        } catch {
          pathname = '/__malformed__';
        }
        // The sign-up service is proxied (vite.config.ts), not a file.
        if (pathname.startsWith('/api/') || serviceRenderedPage.test(req.url ?? '')) return next();
        const file = path.join(root, pathname);
        // Only what is inside the served folder: a bare prefix test (`startsWith(root)`) would
        // also let dist/ serve its sibling dist-hostile/.
        const inside = file === root || file.startsWith(root + path.sep);
        if (inside && existsSync(file) && statSync(file).isFile()) return next();
        const page = path.join(file, 'index.html');
        const found = inside && existsSync(page);
        const html = readFileSync(found ? page : path.join(root, '404.html'));
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
