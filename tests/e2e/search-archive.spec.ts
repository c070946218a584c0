import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Story } from '../../src/content/schema';
import { terms } from '../../src/content/searchText';
import { expect, test } from './fixtures';

// Search over a generated archive (npm run build:archive: 250 sample stories and the site's
// own), where a word can match more stories than one page shows.

const archive = path.resolve('node_modules/.broadsheet/archive');

/** How many stories of the archive have `word`, or a word it begins with up to 3 more letters. */
async function storiesWith(word: string): Promise<number> {
  let count = 0;
  for (const file of await readdir(archive)) {
    // The archive's photos are there too (scripts/images/sharedPhotos.ts).
    if (!file.endsWith('.json')) continue;
    const story = JSON.parse(await readFile(path.join(archive, file), 'utf8')) as Story;
    const text = [
      story.headline,
      story.dek,
      story.byline,
      ...story.body.map((b) => (b.type === 'offer' ? '' : b.text)),
    ].join(' ');
    if (terms(text).some((t) => t.startsWith(word) && t.length <= word.length + 3)) count += 1;
  }
  return count;
}

const results = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Search results' });
const summary = (page: import('@playwright/test').Page, text: string) =>
  page.getByRole('status').filter({ hasText: text });
const pages = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Pages of search results' });

test('counts every match and pages through them at real addresses', async ({ page }) => {
  const total = await storiesWith('generated');
  expect(total).toBeGreaterThanOrEqual(250);
  const lastPage = Math.ceil(total / 10);

  await page.goto('/search?q=generated');
  await expect(summary(page, `1–10 of ${String(total)} stories for “generated”.`)).toBeVisible();
  await expect(results(page).getByRole('listitem')).toHaveCount(10);
  await expect(pages(page).getByText(`Page 1 of ${String(lastPage)}`)).toBeVisible();
  await expect(pages(page).getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  await pages(page).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL('/search?q=generated&page=2');
  await expect(summary(page, `11–20 of ${String(total)} stories for “generated”.`)).toBeVisible();
  await expect(page).toHaveTitle('Search: generated, page 2 | Broadsheet');
  const secondPage = await results(page).locator('h2').allTextContents();

  // The address is real: loaded afresh, it shows the same page.
  await page.reload();
  await expect(summary(page, `11–20 of ${String(total)} stories for “generated”.`)).toBeVisible();
  expect(await results(page).locator('h2').allTextContents()).toEqual(secondPage);

  await pages(page).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL('/search?q=generated');
  await expect(summary(page, `1–10 of ${String(total)} stories`)).toBeVisible();

  await page.goto(`/search?q=generated&page=${String(lastPage)}`);
  const from = (lastPage - 1) * 10 + 1;
  await expect(
    summary(page, `${String(from)}–${String(total)} of ${String(total)} stories`),
  ).toBeVisible();
  await expect(pages(page).getByRole('link', { name: 'Next page' })).toHaveCount(0);

  await page.goto(`/search?q=generated&page=${String(lastPage + 5)}`);
  await expect(summary(page, `No page ${String(lastPage + 5)} for “generated”`)).toBeVisible();
  await results(page).getByRole('link', { name: 'Back to the first page of results' }).click();
  await expect(summary(page, `1–10 of ${String(total)} stories`)).toBeVisible();
});

test('results are ranked newest first among equal matches, ten to a page', async ({ page }) => {
  await page.goto('/search?q=sample');
  await expect(summary(page, 'stories for “sample”')).toBeVisible();
  const dates = await results(page)
    .locator('time')
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
  expect(dates.length).toBe(10);
  // Every generated story says "sample" in its dek: no headline match, so newest first.
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});

test('a typo in the first letter on a big archive still counts and ranks', async ({ page }) => {
  const total = await storiesWith('generated');
  await page.goto('/search?q=Gneerated');
  const status = summary(page, 'stories for “Gneerated”');
  await expect(status).toBeVisible();
  const text = (await status.textContent()) ?? '';
  const found = Number(/of ([\d,]+) stories/.exec(text)?.[1]?.replace(/,/g, ''));
  expect(found).toBeGreaterThanOrEqual(total);
  await expect(results(page).getByRole('link', { name: 'generated', exact: true })).toBeVisible();
  await expect(results(page).locator('mark').first()).toHaveText(/^generated?s?$/i);
});
