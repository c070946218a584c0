import { expect, test } from './fixtures';

// How the site is served: every page at its clean URL, 404s as 404s. Run against vite preview
// and against the production nginx config (project "nginx").

const article = '/world/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';

test('every page answers at its URL with and without a trailing slash', async ({ request }) => {
  for (const url of [
    '/',
    '/world',
    '/world/',
    article,
    `${article}/`,
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

test('nginx: hashed assets and photos cached for a year, pages revalidated, gzip, security headers', async ({
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'nginx', 'the production server config only');
  const page = await request.get(article, { headers: { 'Accept-Encoding': 'gzip' } });
  const html = await page.text();
  expect(page.headers()['cache-control']).toBe('no-cache');
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const script = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error('no entry script');
  const asset = await request.get(script, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-security-policy']).toContain("default-src 'self'");
  const missing = await request.get('/nope');
  expect(missing.headers()['x-frame-options']).toBe('DENY');

  // Photos under hashed names are kept for a year; the site's card, under a fixed name, is not.
  const avif = /<source type="image\/avif" srcSet="([^" ]+) /.exec(html)?.[1];
  if (!avif) throw new Error('no AVIF photo on the article');
  const photo = await request.get(avif);
  expect(photo.headers()['content-type']).toBe('image/avif');
  expect(photo.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(photo.headers()['x-content-type-options']).toBe('nosniff');
  const card = await request.get('/images/site-card.jpg');
  expect(card.headers()['content-type']).toBe('image/jpeg');
  expect(card.headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/images/missing-0123456789-320.avif')).status()).toBe(404);
});
