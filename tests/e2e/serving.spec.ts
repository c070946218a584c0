import { request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, hydrated, test } from './fixtures';

// How the site is served: every page at its clean URL, 404s as 404s. Run against vite preview
// and against the production nginx config (project "nginx").

const samplePath = '/world/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';

test('every page answers at its URL with and without a trailing slash', async ({ request }) => {
  for (const url of [
    '/',
    '/world',
    '/world/',
    samplePath,
    `${samplePath}/`,
    '/subscribe',
    '/search?q=x',
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toContain('text/html');
    expect(await response.text(), url).toContain('<h1');
  }
});

test('unknown paths answer 404 with the 404 page', async ({ request }) => {
  for (const url of [
    '/nope',
    '/world/nope',
    '/a/b/c',
    '/assets/missing.js',
    '/data/story/nope.json',
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
  }
  expect(await (await request.get('/nope')).text()).toContain('Page not found');
});

// Other spellings of a page's address: each moves to the page's one address, or is a 404 with
// the 404 page. Never a 200 that the app then turns into "Page not found" (a soft 404, and a
// hydration mismatch).
const oddAddresses = [
  { path: '/index.html', canonical: '/' },
  { path: '/world/index.html', canonical: '/world' },
  { path: `${samplePath}/index.html`, canonical: samplePath },
  { path: samplePath.replace('/world/', '/world//'), canonical: samplePath },
  { path: '/..%2f..%2fetc/passwd', canonical: undefined },
  { path: '/404.html', canonical: undefined },
];

test('odd spellings of an address redirect to the page or answer 404, never 200', async ({
  baseURL,
}) => {
  if (!baseURL) throw new Error('no baseURL');
  for (const { path: odd, canonical } of [
    ...oddAddresses,
    // Sent as written: a browser would take `//world` for another host.
    { path: '//world', canonical: '/world' },
  ]) {
    const response = await rawGet(baseURL, odd);
    if (canonical === undefined) {
      expect(response.status, odd).toBe(404);
      expect(response.body, odd).toContain('Page not found');
    } else {
      expect(response.status, odd).toBe(301);
      expect(response.location, odd).toBe(canonical);
    }
  }
});

test('in the browser, odd addresses end on the right page, hydrated, with no error', async ({
  page,
}) => {
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/data/story/')) dataRequests.push(pathname);
  });
  for (const { path: odd, canonical } of oddAddresses) {
    const response = await page.goto(odd);
    await hydrated(page);
    if (canonical === undefined) {
      expect(response?.status(), odd).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    } else {
      expect(response?.status(), odd).toBe(200);
      expect(new URL(page.url()).pathname, odd).toBe(canonical);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
      // The page's own address, not the odd one, is the canonical link.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${canonical === '/' ? '/' : canonical}$`),
      );
    }
  }
  // No story's data was asked for by a made-up name such as "index.html".
  expect(dataRequests.filter((p) => !/^\/data\/story\/[a-z0-9-]+\.json$/.test(p))).toEqual([]);
});

/** A GET with the path sent exactly as written (clients would resolve its `..` first). */
function rawGet(
  baseURL: string,
  rawPath: string,
): Promise<{ status: number; body: string; location: string | undefined }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, location: res.headers.location });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

test('nothing outside the site folder is served, not even a sibling folder', async ({
  baseURL,
}) => {
  if (!baseURL) throw new Error('no baseURL');
  // dist-hostile/ sits beside dist/ and has a story dist/ does not.
  for (const raw of [
    '/%2e%2e/dist-hostile/world/hostile-markup/',
    '/%2e%2e/dist-hostile/index.html',
    '/..%2fdist-hostile/world/hostile-markup/',
  ]) {
    const { status, body } = await rawGet(baseURL, raw);
    expect([400, 404], raw).toContain(status);
    expect(body, raw).not.toContain('hostile');
  }
});

test('nginx: hashed assets and photos cached for a year, pages revalidated, gzip, security headers', async ({
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'nginx', 'the production server config only');
  const page = await request.get(samplePath, { headers: { 'Accept-Encoding': 'gzip' } });
  const html = await page.text();
  expect(page.headers()['cache-control']).toBe('no-cache');
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // The app's entry, which the boot script loads after the first paint.
  const script = /<script data-app="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error('no entry script');
  const asset = await request.get(script, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-security-policy']).toContain("default-src 'self'");
  const missing = await request.get('/nope');
  expect(missing.headers()['x-frame-options']).toBe('DENY');

  // Photos under hashed names are kept for a year; the site's card, under a fixed name, is not.
  const avif = /<source type="image\/avif" srcSet="([^" ]+) /.exec(html)?.[1];
  if (!avif) throw new Error('no AVIF photo on the sample story');
  const photo = await request.get(avif);
  expect(photo.headers()['content-type']).toBe('image/avif');
  expect(photo.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(photo.headers()['x-content-type-options']).toBe('nosniff');
  const card = await request.get('/images/site-card.jpg');
  expect(card.headers()['content-type']).toBe('image/jpeg');
  expect(card.headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/images/missing-0123456789-320.avif')).status()).toBe(404);
});

test('nginx: the search index goes out precompressed, brotli or gzip as the browser asks', async ({
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'nginx', 'the production server config only');
  const file = 'data/search/manifest.json';
  const raw = await readFile(path.join('dist', file));
  for (const [accept, encoding, suffix] of [
    ['br, gzip', 'br', '.br'],
    ['gzip', 'gzip', '.gz'],
  ] as const) {
    const response = await request.get(`/${file}`, { headers: { 'Accept-Encoding': accept } });
    expect(response.headers()['content-encoding']).toBe(encoding);
    // The very file the build wrote beside it, not one compressed on the fly.
    const copy = await readFile(path.join('dist', `${file}${suffix}`));
    expect(Number(response.headers()['content-length'])).toBe(copy.length);
    expect(await response.body()).toEqual(raw);
  }
  const plain = await request.get(`/${file}`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.body()).toEqual(raw);
});
