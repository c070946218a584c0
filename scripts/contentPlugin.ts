import type { Plugin } from 'vite';

/** `npm run dev`: serves the /data payloads from the content on disk, checked on every request. */
export function contentDevServer(): Plugin {
  return {
    name: 'broadsheet-content-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith('/data/')) return next();
        // Loaded through Vite so an edit to the content code takes effect without a restart.
        void (
          server.ssrLoadModule('/scripts/devPayload.ts') as Promise<typeof import('./devPayload')>
        )
          .then(({ devPayload }) => devPayload(path))
          .then((answer) => {
            res.statusCode = answer.status;
            res.setHeader('content-type', answer.type);
            res.end(answer.body);
          }, next);
      });
    },
  };
}
