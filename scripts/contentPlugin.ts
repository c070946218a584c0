import type { Plugin } from 'vite';

/**
 * `npm run dev`: serves the /data payloads from the content on disk, checked on every request,
 * and the photos' renditions under /images/ (encoded on first use, then from the build's cache).
 */
export function contentDevServer(): Plugin {
  return {
    name: 'broadsheet-content-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const isData = path.startsWith('/data/');
        if (!isData && !path.startsWith('/images/')) return next();
        // Loaded through Vite so an edit to the content code takes effect without a restart.
        void (
          server.ssrLoadModule('/scripts/devPayload.ts') as Promise<typeof import('./devPayload')>
        )
          .then(({ devImage, devPayload }) => (isData ? devPayload(path) : devImage(path)))
          .then((answer) => {
            if (!answer) return next();
            res.statusCode = answer.status;
            res.setHeader('content-type', answer.type);
            res.end(answer.body);
          }, next);
      });
    },
  };
}
