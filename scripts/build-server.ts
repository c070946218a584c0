// `npm run build:server`: the sign-up service (server/) compiled to dist-server/ for a plain
// `node dist-server/main.js`; `node dist-server/subscribers-export.js` is the export. Its
// dependencies (Fastify, better-sqlite3) stay imports from node_modules.
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    rolldownOptions: {
      input: { main: 'server/main.ts', 'subscribers-export': 'server/export.ts' },
      output: { chunkFileNames: 'shared-[hash].js' },
    },
  },
});
console.log('Built the sign-up service into dist-server/');
