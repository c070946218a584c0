import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { prepareImages } from '../../scripts/images/buildImages';
import { readContent } from '../../src/content/read';
import { expect, relatedStory, sampleStory, test } from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layoutShifts';

// Photos as a reader's browser gets them: which file each screen loads, that nothing moves while
// they arrive, and the card a shared link shows.

const origin = 'https://broadsheet.example';

/** The address each story's photo is served under, as the build names it. */
async function photoBases() {
  const content = await readContent();
  const { imageSet } = await prepareImages(content);
  const base = (slug: string) => {
    const lead = content.stories.find((a) => a.slug === slug)?.lead;
    if (!lead) throw new Error(`${slug} has no photo`);
    return imageSet(lead).base;
  };
  return {
    sample: base('russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset'),
    danny: base('danny-bent-one-run-for-boston'),
  };
}

/**
 * Records every layout shift from the first byte (an observer set before the page's own code),
 * and holds every photo back until `release` is called, so a photo without a reserved box
 * would move a page that was already painted.
 */
async function watchShifts(page: Page): Promise<{ release: () => void }> {
  await recordLayoutShifts(page);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/images\//, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/**
 * Opens `url` with its photos held back; once the page is painted (and hydrated, where it runs
 * scripts) lets them come, and scrolls through the page waiting for each photo in view. Returns
 * the layout shifts that happened after the photos were let through: what photos caused.
 */
async function shiftsWhilePhotosArrive(page: Page, url: string, hydrates = true) {
  const { release } = await watchShifts(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (hydrates)
    await expect(page.getByRole('button', { name: /^Save for later/ }).first()).toBeVisible();
  const before = (await layoutShifts(page)).length;
  release();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = (page.viewportSize()?.height ?? 800) / 2;
  for (let y = 0; y <= height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // Every photo in view has arrived (lazy ones are asked for as they come near).
    await expect
      .poll(() =>
        page.locator('picture img').evaluateAll((imgs) =>
          (imgs as HTMLImageElement[])
            .filter((img) => {
              const box = img.getBoundingClientRect();
              return box.bottom > 0 && box.top < window.innerHeight;
            })
            .every((img) => img.complete && img.naturalWidth > 0),
        ),
      )
      .toBe(true);
  }
  return (await layoutShifts(page)).slice(before);
}

/** The file each photo on the page loaded, its width in px, and the width it is shown at. */
function loadedFiles(page: Page) {
  return page.locator('picture img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => {
      const file = new URL(img.currentSrc).pathname;
      return {
        file,
        fileWidth: Number(/-(\d+)\.\w+$/.exec(file)?.[1]),
        shownWidth: img.getBoundingClientRect().width,
      };
    }),
  );
}

test.describe('on a 390 px phone at 2× density', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

  test('the sample story loads the 800 px AVIF of each photo, and nothing moves', async ({
    page,
  }) => {
    const { sample, danny } = await photoBases();
    expect(await shiftsWhilePhotosArrive(page, sampleStory)).toEqual([]);
    // The photos are 358 and 326 CSS px wide (the page, the promo box less their margins), so
    // 716 and 652 device px: the 800 px files cover both.
    const files = await loadedFiles(page);
    expect(files.map((f) => f.file)).toEqual([`${sample}-800.avif`, `${danny}-800.avif`]);
    for (const f of files) expect(f.fileWidth).toBeGreaterThanOrEqual(f.shownWidth * 2);
  });

  test('story teasers on the front page load 320 px files, and nothing moves', async ({ page }) => {
    expect(await shiftsWhilePhotosArrive(page, '/')).toEqual([]);
    const files = await loadedFiles(page);
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(f.file).toMatch(/^\/images\/[a-z0-9-]+-[0-9a-f]{10}-320\.avif$/);
  });
});

test.describe('on a 1440 px desktop at 1× density', () => {
  test.use({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });

  test('the sample story loads a lead at least as wide as it is shown, and nothing moves', async ({
    page,
  }) => {
    const { sample, danny } = await photoBases();
    expect(await shiftsWhilePhotosArrive(page, sampleStory)).toEqual([]);
    const files = await loadedFiles(page);
    // The text column is 40rem (640 px); the promo in the sidebar 18rem (288 px).
    expect(files.map((f) => f.file)).toEqual([`${sample}-640.avif`, `${danny}-320.avif`]);
    expect(files.map((f) => Math.round(f.shownWidth))).toEqual([640, 288]);
    for (const f of files) expect(f.fileWidth).toBeGreaterThanOrEqual(f.shownWidth);
  });

  test('story teasers on a section page load 320 px files, and nothing moves', async ({ page }) => {
    expect(await shiftsWhilePhotosArrive(page, '/world')).toEqual([]);
    const files = await loadedFiles(page);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.file).toMatch(/-320\.avif$/);
  });

  test('a photo without its reserved size would be caught moving the page', async ({ page }) => {
    // The control for the tests above: the same page with the lead's width and height taken
    // away (and its scripts, so nothing puts them back) does shift when the photo arrives.
    await page.route(sampleStory, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/(<img src="[^"]+-960\.jpg"[^>]*?) width="\d+" height="\d+"/, '$1')
        .replace(/<script type="module"[^>]*><\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    const recorded = await shiftsWhilePhotosArrive(page, sampleStory, false);
    expect(recorded.reduce((sum, s) => sum + s.value, 0)).toBeGreaterThan(0.01);
  });
});

test.describe('in the prerendered HTML', () => {
  test.use({ javaScriptEnabled: false });

  test('the lead photo is preloaded from the head, ahead of the stylesheet', async ({ page }) => {
    const { sample } = await photoBases();
    await page.goto(sampleStory);
    const head = page.locator('head > link');
    const links = await head.evaluateAll((els) =>
      els.map((el) => ({
        rel: el.getAttribute('rel'),
        as: el.getAttribute('as'),
        type: el.getAttribute('type'),
        fetchpriority: el.getAttribute('fetchpriority'),
        imagesrcset: el.getAttribute('imagesrcset'),
        imagesizes: el.getAttribute('imagesizes'),
      })),
    );
    const preload = links.findIndex((l) => l.rel === 'preload' && l.as === 'image');
    expect(links[preload]).toEqual({
      rel: 'preload',
      as: 'image',
      type: 'image/avif',
      fetchpriority: 'high',
      imagesrcset: [320, 480, 640, 800, 960, 1280, 1600]
        .map((w) => `${sample}-${String(w)}.avif ${String(w)}w`)
        .join(','),
      imagesizes: '(min-width: 64em) 40rem, calc(100vw - 2rem)',
    });
    expect(preload).toBeLessThan(links.findIndex((l) => l.rel === 'stylesheet'));
    // One photo is preloaded: the rest wait until they are near the screen.
    expect(links.filter((l) => l.as === 'image')).toHaveLength(1);
    const lazy = page.locator('picture img[loading="lazy"]');
    await expect(lazy).toHaveCount(1);
    await expect(page.locator('picture img[loading="eager"][fetchpriority="high"]')).toHaveCount(1);
  });
});

test.describe('social cards', () => {
  async function expectCard(page: Page, path: string, expected: RegExp) {
    await page.goto(path);
    const meta = (key: string) =>
      page
        .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
        .getAttribute('content');
    const card = (await meta('og:image')) ?? '';
    expect(card).toMatch(expected);
    expect(await meta('twitter:image')).toBe(card);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect([
      await meta('og:image:type'),
      await meta('og:image:width'),
      await meta('og:image:height'),
    ]).toEqual(['image/jpeg', '1200', '630']);
    // The file exists, and is what the tags say.
    const response = await page.request.get(card.replace(origin, ''));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    const file = await sharp(await response.body()).metadata();
    expect([file.format, file.width, file.height]).toEqual(['jpeg', 1200, 630]);
  }

  test("a story's og:image is a 1200×630 JPEG of its own photo", async ({ page }) => {
    const { sample, danny } = await photoBases();
    await expectCard(page, sampleStory, new RegExp(`^${origin}${sample}-card\\.jpg$`));
    await expectCard(page, relatedStory, new RegExp(`^${origin}${danny}-card\\.jpg$`));
  });

  test("pages without a photo use the site's 1200×630 JPEG card", async ({ page }) => {
    for (const path of ['/', '/world', '/subscribe']) {
      await expectCard(page, path, new RegExp(`^${origin}/images/site-card\\.jpg$`));
    }
  });
});
