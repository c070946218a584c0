import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, relatedArticle, sampleArticle, sampleHeadline, test } from './fixtures';

// Offline reading through the service worker, in a real browser going offline.
test.use({ serviceWorkers: 'allow' });

/** Opens the sample story, then again once the service worker controls the page. */
async function openUnderServiceWorker(page: Page): Promise<void> {
  await page.goto(sampleArticle);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test('a story opened once stays readable offline; an unseen one shows the offline page', async ({
  page,
  context,
}) => {
  await openUnderServiceWorker(page);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect(page.getByText(/^Many Russians appeared satisfied/)).toBeVisible();

  // Never opened: the service worker's offline page, not a browser error or another page.
  await page.goto(relatedArticle);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page).toHaveURL(relatedArticle);

  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Danny Bent/ })).toBeVisible();
});

test("a story read once keeps its photos offline, in the service worker's capped cache", async ({
  page,
  context,
}) => {
  await openUnderServiceWorker(page);
  const lead = page.getByRole('figure').getByRole('img', { name: /Moscow shop/ });
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  const file = await lead.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
  expect(file).toMatch(/^\/images\/moscow-shop-television-[0-9a-f]{10}-\d+\.avif$/);
  // Kept by the service worker, in a cache it caps (Workbox expiration, LRU first).
  await expect
    .poll(() =>
      page.evaluate(async (url) => (await caches.open('images')).match(url).then(Boolean), file),
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect
    .poll(() =>
      lead.evaluate(
        (img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.currentSrc,
      ),
    )
    .toMatch(new RegExp(`${file}$`));
  await context.setOffline(false);
});

test('the site is installable: a manifest with icons', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.name).toBe('Broadsheet');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('a new deploy is offered as a reload, not swapped in silently', async ({ page }) => {
  const sw = path.resolve('dist/sw.js');
  const original = await readFile(sw, 'utf8');
  try {
    await openUnderServiceWorker(page);

    // Deploy a new version of the service worker, then let the page look for it.
    await writeFile(sw, `${original}\n// a new deploy\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').getByText('A new version of Broadsheet is available.');
    await expect(prompt).toBeVisible();
    // Nothing changed under the reader's feet meanwhile.
    await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
    await expect(prompt).toHaveCount(0);
  } finally {
    await writeFile(sw, original);
  }
});
