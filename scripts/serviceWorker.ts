import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { hydrationScriptId } from '../src/lib/hydration';

/** What the reader's device may keep of photos for offline reading. */
export const imageCacheBudget = 50 * 1024 ** 2;

/**
 * Workbox caps a cache by its number of entries, not by bytes. The cap is the budget over the
 * largest file the build wrote, so even a cache holding only the largest files stays within it;
 * photos of ordinary size use far less.
 */
export const imageCacheEntries = (largestImage: number) =>
  Math.max(20, Math.floor(imageCacheBudget / Math.max(1, largestImage)));

/**
 * The service worker (Workbox): the app shell is precached; pages and their data are fetched
 * from the network first (so nothing stays stale while online) and kept for offline reading;
 * a page never opened before falls back to the offline page, never to another page's HTML.
 * Photos the reader has seen (the stories read, the stories saved after reading them) are kept
 * too, the least recently used evicted first once the cap is reached.
 */
export async function writeServiceWorker(
  dist: string,
  offlinePage: string,
  largestImage: number,
): Promise<number> {
  const { count, warnings } = await generateSW({
    swDest: path.join(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns: [
      'assets/**/*.{js,css}',
      'favicon.svg',
      'icon-*.png',
      'manifest.webmanifest',
      offlinePage,
    ],
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // A new version waits until the reader agrees to reload (the page offers it).
    skipWaiting: false,
    clientsClaim: true,
    runtimeCaching: [
      {
        // The newsletter's pages are never kept: they can hold what a reader typed, or an
        // unsubscribe token.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && url.pathname.startsWith('/newsletter'),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `/${offlinePage}` } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'pages',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 200 },
          precacheFallback: { fallbackURL: `/${offlinePage}` },
        },
      },
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/data/'),
        handler: 'NetworkFirst',
        options: { cacheName: 'data', networkTimeoutSeconds: 4, expiration: { maxEntries: 600 } },
      },
      {
        // A photo's address changes with its content, so a kept copy is never stale.
        urlPattern: ({ request, url }) =>
          request.destination === 'image' && url.pathname.startsWith('/images/'),
        handler: 'CacheFirst',
        options: {
          cacheName: 'images',
          expiration: {
            maxEntries: imageCacheEntries(largestImage),
            maxAgeSeconds: 30 * 24 * 60 * 60,
            // If the browser runs short of storage, this cache is given up first.
            purgeOnQuotaError: true,
          },
        },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return count;
}

/**
 * The offline page is shown at any address the reader asked for, so it must not hydrate
 * (the router would try to load that address's data): it keeps its CSS and drops its scripts.
 */
export async function makeStatic(file: string): Promise<void> {
  const dataScript = new RegExp(
    `<script type="application/json" id="${hydrationScriptId}">[\\s\\S]*?</script>\\s*`,
  );
  const html = await readFile(file, 'utf8');
  await writeFile(
    file,
    html
      .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
      .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
      .replace(dataScript, ''),
  );
}
