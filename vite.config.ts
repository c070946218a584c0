import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentDevServer } from './scripts/contentPlugin.ts';
import { prerenderedPages } from './scripts/previewPlugin.ts';
import { serviceRenderedPage } from './src/lib/urls.ts';

/**
 * Vite wraps every dynamic import in a preload helper (1.3 KB gzipped in the entry), even with
 * `modulePreload: false` (vitejs/vite#18551). Here it has nothing to preload: one stylesheet, and
 * the boot script and prefetch.ts load what a page needs. So the helper just imports.
 */
function plainDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'broadsheet-plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return id === helper ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentDevServer(), prerenderedPages(), plainDynamicImports()],
  build: {
    target: 'es2022',
    // One stylesheet for every page and feature: a feature's code may load late, but its styles
    // must be there for the first paint, or the prerendered HTML of its region would shift.
    cssCodeSplit: false,
    // No modulepreload polyfill or preload helper in the entry: the boot script preloads what a
    // page needs, and prefetch.ts loads a page's code before a click.
    modulePreload: false,
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
            {
              // The shared components a story uses, in one chunk rather than a handful of tiny
              // ones (Pagination is for lists only), with the marks on a story's parts.
              name: 'components',
              test: /[\\/]src[\\/](?:components[\\/](?!Pagination|Picture|FigureCaption)|lib[\\/]storyParts\.ts)/,
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
