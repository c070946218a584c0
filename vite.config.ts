import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentDevServer } from './scripts/contentPlugin.ts';
import { prerenderedPages } from './scripts/previewPlugin.ts';
import { serviceRenderedPage } from './src/lib/urls.ts';

export default defineConfig({
  plugins: [react(), contentDevServer(), prerenderedPages()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // React, React DOM and React Router in a chunk of their own: they change rarely, so
        // readers keep them cached across deploys, and the budget check can weigh them apart.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The newsletter sign-up service runs beside the site (server/, deploy/nginx.conf): /api, and
    // the sign-up pages it renders for their query. SIGNUP_PORT moves it, as the browser tests do.
    proxy: Object.fromEntries(
      ['/api', serviceRenderedPage.source].map((path) => [
        path,
        { target: `http://127.0.0.1:${process.env.SIGNUP_PORT ?? '4180'}`, xfwd: true },
      ]),
    ),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
