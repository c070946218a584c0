import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

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
        if (pathname.startsWith('/api/')) return next();
        const file = path.join(root, pathname);
        if (!file.startsWith(root)) return next();
        if (existsSync(file) && statSync(file).isFile()) return next();
        const page = path.join(file, 'index.html');
        if (existsSync(page)) {
          res.statusCode = 200;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-cache');
          res.end(readFileSync(page));
          return;
        }
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(readFileSync(path.join(root, '404.html')));
      });
    },
  };
}
