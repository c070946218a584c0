import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  expect,
  hydrated,
  relatedStory,
  relatedHeadline,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';

// Offline reading through the service worker, in a real browser going offline.
test.use({ serviceWorkers: 'allow' });

/** Opens the sample story, then again once the service worker controls the page. */
async function openUnderServiceWorker(page: Page): Promise<void> {
  await page.goto(sampleStory);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  // Settled before a test goes offline: the app hydrated, the photos in view and the data it
  // prefetches for the links in view arrived (and so are kept). On a busy machine a prefetch
  // still on its way would otherwise fail when the network goes.
  await hydrated(page);
  await page.waitForLoadState('networkidle');
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
  await page.goto(relatedStory);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page).toHaveURL(relatedStory);

  await context.setOffline(false);
  // Chromium lifts the emulated offline state from the service worker a moment after the page:
  // a reload in between is still refused (net::ERR_INTERNET_DISCONNECTED in the worker's fetch),
  // as a reader's would be a moment too early. Reload until the network is back.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /Danny Bent/ })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
});

/** Waits until the service worker controls the page (it takes over a page's first visit). */
async function underServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 15_000,
    })
    .toBe(true);
}

/** Waits until the service worker has stored the page at `path` for offline reading. */
async function kept(page: Page, path: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, path), {
      message: `${path} is kept for offline reading`,
      timeout: 15_000,
    })
    .toBe(true);
}

/** Counts the page's requests still on their way. */
function requestsInFlight(page: Page): () => number {
  let count = 0;
  page.on('request', () => (count += 1));
  page.on('requestfinished', () => (count -= 1));
  page.on('requestfailed', () => (count -= 1));
  return () => count;
}

test('stories opened by clicking, and the Saved page, open offline after a reload', async ({
  page,
  context,
}) => {
  const inFlight = requestsInFlight(page);
  // The very first visit: the page is kept once the service worker takes over, no reload needed.
  await page.goto('/');
  await hydrated(page);
  await underServiceWorker(page);
  await kept(page, '/');

  // A client-side visit fetches only the story's data: its page is kept as well.
  await page.getByRole('link', { name: relatedHeadline }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Saved' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible();
  await kept(page, relatedStory);
  await kept(page, '/saved');
  // Nothing (a prefetch, say) is still on its way when the network goes.
  await expect.poll(inFlight).toBe(0);

  await context.setOffline(true);
  await page.goto(relatedStory);
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  await expect(page.getByText(/One Run for Boston/).first()).toBeVisible();
  await page.goto('/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible();
  // Never opened: still the offline page.
  await page.goto(sampleStory);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
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

test.describe('the update prompt on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('comes early in Tab order, covers no text, and can be dismissed', async ({ page }) => {
    // A new version already waiting behind the one in control, as after a deploy.
    await page.addInitScript(() => {
      const worker = { state: 'installed', postMessage() {}, addEventListener() {} };
      const registration = {
        waiting: worker,
        installing: null,
        addEventListener() {},
        update: () => Promise.resolve(),
      };
      Object.defineProperty(navigator.serviceWorker, 'controller', { get: () => worker });
      navigator.serviceWorker.register = () =>
        Promise.resolve(registration as unknown as ServiceWorkerRegistration);
    });
    await page.goto(sampleStory);
    await hydrated(page);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Broadsheet' });
    const message = prompt.getByText('A new version of Broadsheet is available.');
    await expect(message).toBeVisible();
    const dismiss = prompt.getByRole('button', { name: 'Not now' });
    await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();

    // Nothing of the story is under it.
    const promptBox = await message.boundingBox();
    if (!promptBox) throw new Error('the prompt has no box');
    const overlapping = await page.locator('main h1, main p, main figure').evaluateAll(
      (elements, b) =>
        elements
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(
            ({ r }) =>
              r.width > 0 &&
              r.left < b.x + b.width &&
              r.right > b.x &&
              r.top < b.y + b.height &&
              r.bottom > b.y,
          )
          .map(({ el }) => el.textContent.slice(0, 40)),
      promptBox,
    );
    expect(overlapping, 'story text under the prompt').toEqual([]);

    // Reached from the top of the page before anything in the story.
    let presses = 0;
    for (; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => ({
        inMain: document.activeElement?.closest('main') !== null,
        text: document.activeElement?.textContent ?? '',
      }));
      expect(where.inMain, 'focus reached the story before the prompt').toBe(false);
      if (where.text === 'Not now') break;
    }
    await expect(dismiss).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(prompt).toHaveCount(0);
    // Focus is not lost: it goes on to the page's content.
    await expect(page.getByRole('main')).toBeFocused();
  });
});
