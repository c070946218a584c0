import { expect, sampleArticle, sampleHeadline, test } from './fixtures';

test('search from the header, through the results to a story, and Back', async ({ page }) => {
  await page.goto('/usa');
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await box.fill('Moscow reset');
  await box.press('Enter');
  await expect(page).toHaveURL('/search?q=Moscow+reset');
  await expect(
    page.getByRole('status').filter({ hasText: 'found for “Moscow reset”' }),
  ).toBeVisible();
  const results = page.getByRole('region', { name: 'Search results' });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText(sampleHeadline);
  // Matched words are marked as text, in headline and snippet.
  await expect(first.locator('mark').first()).toHaveText('Moscow');
  await expect(first.getByText('World ·')).toBeVisible();

  await first.getByRole('link').click();
  await expect(page).toHaveURL(sampleArticle);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL('/search?q=Moscow+reset');
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('Moscow reset');
  await expect(results.getByRole('link', { name: sampleHeadline })).toBeVisible();
});

test('a shared search URL shows its results on first load, typos forgiven', async ({ page }) => {
  await page.goto('/search?q=moscw');
  await expect(page.getByRole('link', { name: sampleHeadline })).toBeVisible();
  await expect(page).toHaveTitle('Search: moscw | Broadsheet');
});

test('prefix search finds a word from its start, best match first', async ({ page }) => {
  await page.goto('/search?q=toast');
  const links = page.getByRole('region', { name: 'Search results' }).getByRole('link');
  await expect(links.first()).toHaveText(/broken toasters/);
});

test('an empty, blank or unmatched query gets a plain, helpful page', async ({ page }) => {
  for (const q of ['', '%20%20%20']) {
    await page.goto(`/search?q=${q}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByText('Type a word or two from a headline')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Search results' })).toHaveCount(0);
  }
  await page.goto('/search?q=xylophonequartz');
  await expect(
    page.getByRole('status').filter({ hasText: 'No stories match “xylophonequartz”.' }),
  ).toBeVisible();
  await expect(page.getByText('Check the spelling')).toBeVisible();
});

test('search text that looks like markup stays text', async ({ page }) => {
  await page.goto('/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('status').filter({ hasText: 'found for' })).toContainText(
    '<img src=x onerror=alert(1)>',
  );
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
});
