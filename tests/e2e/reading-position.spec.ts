import type { BrowserContext, Page } from '@playwright/test';
import { storageKey } from '../../src/features/reading-position/readingKey';
import {
  expect,
  collectConsoleProblems,
  hydrated,
  isSameDocument,
  markDocument,
  relatedStory,
  relatedHeadline,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layoutShifts';

// Picking up where the reader left off: the place kept while a story is read, "Continue where
// you left off" on the story, the front page's "Continue reading" row.

interface Stored {
  slug: string;
  section: string;
  url: string;
  headline: string;
  block: number;
  percent: number;
  at: number;
}

const sampleSlug = sampleStory.split('/')[2] ?? '';
const relatedSlug = relatedStory.split('/')[2] ?? '';

/** A stored position, as the app writes it. */
const position = (url: string, headline: string, block: number, percent: number, at: number) => {
  const [, section = '', slug = ''] = url.split('/');
  return { slug, section, url, headline, block, percent, at } satisfies Stored;
};

/** Puts the reader's stored positions (or any text) in place before the page's scripts run. */
async function storeBeforeLoad(context: BrowserContext | Page, value: Stored[] | string) {
  await context.addInitScript(
    ([key, text]) => {
      // Once per browser context, not again on every page load of the test.
      if (sessionStorage.getItem('seeded') !== null) return;
      sessionStorage.setItem('seeded', '');
      localStorage.setItem(key, text);
    },
    [storageKey, typeof value === 'string' ? value : JSON.stringify(value)] as const,
  );
}

const stored = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as Stored[]);
  }, storageKey);

const continueReading = (page: Page) => page.getByRole('region', { name: 'Continue reading' });
const continueButton = (page: Page) =>
  page.getByRole('button', { name: 'Continue where you left off' });

/** Scrolls the way a reader does (wheel), until the block `index` is at the top of the window. */
async function readDownTo(page: Page, index: number) {
  await page.mouse.move(200, 300);
  const target = page.locator(`[data-story-part="${String(index)}"]`);
  for (let i = 0; i < 60; i += 1) {
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    if (top < 80) break;
    await page.mouse.wheel(0, Math.min(400, top - 20));
    await page
      .waitForFunction(
        (y) => Math.abs(window.scrollY - y) > 0,
        await page.evaluate(() => scrollY),
        {
          timeout: 2000,
        },
      )
      .catch(() => undefined);
  }
}

test.use({ viewport: { width: 1280, height: 640 } });

test('scroll halfway, go to the front page: the story is offered; open it and reload: continue where you left off', async ({
  page,
}) => {
  await page.goto(sampleStory);
  await hydrated(page);
  await markDocument(page);
  await readDownTo(page, 5);
  // The place is the block at the top of the reading area.
  await expect.poll(async () => (await stored(page))?.[0]?.block).toBeGreaterThanOrEqual(4);
  const [kept] = (await stored(page)) ?? [];
  expect(kept).toMatchObject({ slug: sampleSlug, url: sampleStory, headline: sampleHeadline });
  expect(kept?.percent).toBeGreaterThan(10);
  expect(kept?.percent).toBeLessThan(90);

  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Front page' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);
  const row = continueReading(page);
  await expect(row.getByRole('heading', { level: 2, name: 'Continue reading' })).toBeVisible();
  await expect(row.getByRole('listitem')).toHaveCount(1);
  await expect(row.getByRole('link', { name: sampleHeadline })).toHaveAttribute(
    'href',
    sampleStory,
  );
  await expect(row.getByText(`${String(kept?.percent)}% read`)).toBeVisible();

  // By link: the story opens at its top, and offers to continue.
  await row.getByRole('link', { name: sampleHeadline }).click();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect(continueButton(page)).toBeVisible();
  await expect(page.getByText(`${String(kept?.percent)}% read`)).toBeVisible();

  // By reload: the same, and it never jumps by itself.
  await page.evaluate(() => scrollTo(0, 0));
  await page.reload();
  await hydrated(page);
  await expect(continueButton(page)).toBeVisible();
  expect(await page.evaluate(() => scrollY)).toBe(0);

  await continueButton(page).click();
  const paragraph = page.locator(`[data-story-part="${String(kept?.block)}"]`);
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
  // At the top of the window (once the smooth scroll is done), or as near as the page allows.
  await expect
    .poll(() =>
      paragraph.evaluate(
        (el) =>
          el.getBoundingClientRect().top < 80 ||
          scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
      ),
    )
    .toBe(true);
});

test('Back to a half-read story offers to continue, with the keyboard too', async ({ page }) => {
  await page.goto(sampleStory);
  await hydrated(page);
  await markDocument(page);
  await readDownTo(page, 6);
  await expect.poll(async () => (await stored(page))?.[0]?.block).toBeGreaterThanOrEqual(5);
  const block = (await stored(page))?.[0]?.block;

  // The related story is teased by the sidebar's promo (so it is left out of Related stories).
  await page
    .getByRole('complementary', { name: 'More from Broadsheet' })
    .getByRole('link', { name: relatedHeadline })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);
  await expect(continueButton(page)).toBeAttached();

  await page.evaluate(() => scrollTo(0, 0));
  await continueButton(page).focus();
  await page.keyboard.press('Enter');
  const paragraph = page.locator(`[data-story-part="${String(block)}"]`);
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
});

test('a story read to the end leaves the row; the others stay', async ({ page }) => {
  const now = Date.now();
  await storeBeforeLoad(page, [
    position(sampleStory, sampleHeadline, 4, 40, now - 60_000),
    position(relatedStory, relatedHeadline, 2, 30, now - 120_000),
  ]);
  await page.goto(sampleStory);
  await hydrated(page);
  await expect(continueButton(page)).toBeVisible();

  await page.keyboard.press('End');
  await expect.poll(async () => (await stored(page))?.map((p) => p.slug)).toEqual([relatedSlug]);
  // Back up the page: read is read, and the story does not come back.
  // By the keyboard, as the reader came down (a wheel event can be lost while the page settles).
  await page.keyboard.press('PageUp');
  await expect
    .poll(() => page.evaluate(() => scrollY))
    .toBeLessThan(
      await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - 500),
    );

  await page.goto('/');
  await hydrated(page);
  const row = continueReading(page);
  await expect(row.getByRole('link', { name: relatedHeadline })).toBeVisible();
  await expect(row.getByRole('listitem')).toHaveCount(1);
  expect((await stored(page))?.map((p) => p.slug)).toEqual([relatedSlug]);
});

test('the row shows three stories at most, most recent first, and each can be removed', async ({
  page,
}) => {
  const now = Date.now();
  const stories = [
    position(
      '/world/night-trains-quiet-return-border-rail-line',
      'Night trains',
      2,
      20,
      now - 1000,
    ),
    position(sampleStory, sampleHeadline, 4, 40, now - 5000),
    position(
      '/usa/city-swaps-its-streetlights-one-block-at-a-time',
      'Streetlights',
      1,
      10,
      now - 3000,
    ),
    position(relatedStory, relatedHeadline, 2, 30, now - 2000),
  ];
  await storeBeforeLoad(page, stories);
  await page.goto('/');
  await hydrated(page);
  const row = continueReading(page);
  await expect(row.getByRole('link')).toHaveText(['Night trains', relatedHeadline, 'Streetlights']);
  await expect(row.getByRole('listitem').nth(1)).toContainText('30% read');

  // Removing one brings the next up, and focus stays in the row, on the one now in its place.
  await row.getByRole('button', { name: `Remove “${relatedHeadline}”` }).click();
  await expect(row.getByRole('link')).toHaveText(['Night trains', 'Streetlights', sampleHeadline]);
  await expect(row.getByRole('button', { name: 'Remove “Streetlights”' })).toBeFocused();
  expect((await stored(page))?.map((p) => p.slug)).not.toContain(relatedSlug);

  for (const name of ['Night trains', 'Streetlights']) {
    await row.getByRole('button', { name: `Remove “${name}”` }).click();
  }
  await row.getByRole('button', { name: `Remove “${sampleHeadline}”` }).click();
  await expect(row.getByText('Nothing left to continue.')).toBeVisible();
  await expect(row.getByRole('heading', { name: 'Continue reading' })).toBeFocused();
  expect(await stored(page)).toEqual([]);

  // Gone after a reload too.
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(continueReading(page)).toHaveCount(0);
});

test('two tabs stay in step', async ({ page, context }) => {
  await page.goto('/');
  await hydrated(page);

  const other = await context.newPage();
  const otherProblems = collectConsoleProblems(other);
  await other.goto(sampleStory);
  await hydrated(other);
  await readDownTo(other, 5);

  // Read in one tab, offered in the other without a reload.
  await expect(continueReading(page).getByRole('link', { name: sampleHeadline })).toBeVisible();

  // Removed in the first tab: the story tab no longer offers to continue it.
  await other.reload();
  await hydrated(other);
  await expect(continueButton(other)).toBeVisible();
  await continueReading(page)
    .getByRole('button', { name: `Remove “${sampleHeadline}”` })
    .click();
  await expect(continueButton(other)).toHaveCount(0);
  expect(otherProblems).toEqual([]);
});

test('tampered storage is ignored without an error and replaced by what the reader reads', async ({
  page,
}) => {
  await storeBeforeLoad(page, '{"not": "a list"');
  await page.goto('/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  // Unreadable text is cleared once read, so the next write starts clean.
  await expect.poll(() => stored(page)).toBeNull();
  await expect(continueReading(page)).toHaveCount(0);

  await page.goto(sampleStory);
  await hydrated(page);
  await readDownTo(page, 5);
  await expect.poll(async () => (await stored(page))?.map((p) => p.slug)).toEqual([sampleSlug]);
});

test('stored entries that are not stories, or point elsewhere, are dropped; the rest stay', async ({
  page,
}) => {
  const now = Date.now();
  await storeBeforeLoad(page, [
    { ...position(relatedStory, 'Evil', 2, 30, now), url: 'javascript:alert(1)' },
    { ...position(relatedStory, 'Elsewhere', 2, 30, now), url: 'https://evil.example/x' },
    { ...position(relatedStory, 'Past the end', 2, 100, now) },
    position(sampleStory, sampleHeadline, 4, 40, now - 1000),
  ]);
  await page.goto('/');
  await hydrated(page);
  const row = continueReading(page);
  await expect(row.getByRole('link')).toHaveText([sampleHeadline]);
  await expect(row.getByRole('link')).toHaveAttribute('href', sampleStory);
});

test('full storage is ignored without an error: the place is still offered on this visit', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      name: string,
      value: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, storageKey);
  await page.goto(sampleStory);
  await hydrated(page);
  await markDocument(page);
  await readDownTo(page, 5);
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Front page' })
    .click();
  await expect(continueReading(page).getByRole('link', { name: sampleHeadline })).toBeVisible();
  expect(await stored(page)).toBeNull();
});

for (const width of [390, 1280]) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const count of [1, 3]) {
      test(`the front page with ${String(count)} stories in progress: nothing shifts`, async ({
        page,
      }) => {
        const now = Date.now();
        await storeBeforeLoad(
          page,
          [
            position(sampleStory, sampleHeadline, 4, 40, now),
            position(relatedStory, relatedHeadline, 2, 30, now - 1000),
            position(
              '/world/night-trains-quiet-return-border-rail-line',
              'Night trains',
              2,
              20,
              now - 2000,
            ),
          ].slice(0, count),
        );
        await recordLayoutShifts(page);
        await page.goto('/');
        await hydrated(page);
        await expect(continueReading(page).getByRole('listitem')).toHaveCount(count);
        expect(await layoutShifts(page)).toEqual([]);
      });
    }

    test('a half-read story: "Continue where you left off" appears and nothing shifts', async ({
      page,
    }) => {
      await storeBeforeLoad(page, [position(sampleStory, sampleHeadline, 4, 40, Date.now())]);
      await recordLayoutShifts(page);
      await page.goto(sampleStory);
      await hydrated(page);
      await expect(continueButton(page)).toBeVisible();
      expect(await layoutShifts(page)).toEqual([]);
    });
  });
}
