import { expect, relatedHeadline, sampleStory, sampleHeadline, test } from './fixtures';

const results = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Search results' });
const summary = (page: import('@playwright/test').Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

test('search from the header, through the results to a story, and Back', async ({ page }) => {
  await page.goto('/usa');
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await box.fill('Moscow reset');
  await box.press('Enter');
  await expect(page).toHaveURL('/search?q=Moscow+reset');
  await expect(summary(page, '1 story for “Moscow reset”.')).toBeVisible();
  const first = results(page).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText(sampleHeadline);
  // Matched words are marked as text, in headline and snippet.
  await expect(first.locator('mark').first()).toHaveText('Moscow');
  await expect(first.getByText('World ·')).toBeVisible();

  await first.getByRole('link').click();
  await expect(page).toHaveURL(sampleStory);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL('/search?q=Moscow+reset');
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('Moscow reset');
  await expect(results(page).getByRole('link', { name: sampleHeadline })).toBeVisible();
});

// The typos the issue found: each in the first letters of its word, where a search split by
// first letters never looked.
for (const [typed, headline, meant] of [
  ['Rsusia', sampleHeadline, 'russia'],
  ['Mocsow', sampleHeadline, 'moscow'],
  ['ocmmunity', 'A fishing town turns an empty quay into a community garden', 'community'],
  ['Bsston', relatedHeadline, 'boston'],
] as const) {
  test(`a typo in the first letters still finds the story: “${typed}”`, async ({ page }) => {
    await page.goto(`/search?q=${typed}`);
    await expect(summary(page, `for “${typed}”`)).toBeVisible();
    const top3 = results(page)
      .getByRole('listitem')
      .filter({ has: page.locator('h2') });
    await expect(top3.first()).toBeVisible();
    const headlines = (await top3.locator('h2').allTextContents()).slice(0, 3);
    expect(headlines).toContain(headline);
    // The word it found is the one marked, and "Did you mean" offers its spelling.
    await expect(results(page).locator('mark').first()).toHaveText(new RegExp(meant, 'i'));
    await results(page).getByRole('link', { name: meant, exact: true }).click();
    await expect(page).toHaveURL(`/search?q=${meant}`);
    await expect(summary(page, `for “${meant}”`)).toBeVisible();
    await expect(results(page).getByText('Did you mean')).toHaveCount(0);
  });
}

test('a shared search URL shows its results on first load', async ({ page }) => {
  await page.goto('/search?q=moscw');
  await expect(page.getByRole('link', { name: sampleHeadline })).toBeVisible();
  await expect(page).toHaveTitle('Search: moscw | Broadsheet');
});

test('a possessive finds the name, and only the name is marked', async ({ page }) => {
  await page.goto("/search?q=Obama's");
  await expect(summary(page, "for “Obama's”")).toBeVisible();
  const story = results(page).getByRole('listitem').filter({ hasText: sampleHeadline });
  const marks = await story.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toMatch(/^Obama('s|’s)?$/);
});

test('a hyphenated query finds both words and marks whole words only', async ({ page }) => {
  await page.goto('/search?q=US-Russian');
  await expect(summary(page, 'for “US-Russian”')).toBeVisible();
  await expect(results(page).getByRole('link', { name: sampleHeadline })).toBeVisible();
  const marks = await results(page).locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  // "us" marks US or U.S., never the start of "used"; "russian" also its plural.
  for (const mark of marks) expect(mark).toMatch(/^(US|U\.S\.|Russians?)$/i);
});

test('prefix search finds a longer word from its start', async ({ page }) => {
  await page.goto('/search?q=toast');
  const links = results(page).getByRole('link');
  await expect(links.first()).toHaveText(/broken toasters/);
  await expect(results(page).locator('mark').first()).toHaveText('toasters');
});

test('nothing matching: the closest known word is offered as a link', async ({ page }) => {
  await page.goto('/search?q=communityyyy');
  await expect(summary(page, 'No stories match “communityyyy”.')).toBeVisible();
  await expect(page.getByText('Check the spelling')).toBeVisible();
  await results(page).getByRole('link', { name: 'community', exact: true }).click();
  await expect(page).toHaveURL('/search?q=community');
  await expect(summary(page, 'for “community”')).toBeVisible();
});

test('an empty, blank or unmatched query gets a plain, helpful page', async ({ page }) => {
  for (const q of ['', '%20%20%20']) {
    await page.goto(`/search?q=${q}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByText('Type a word or two from a headline')).toBeVisible();
    await expect(results(page)).toHaveCount(0);
  }
  await page.goto('/search?q=xylophonequartz');
  await expect(summary(page, 'No stories match “xylophonequartz”.')).toBeVisible();
  await expect(page.getByText('Did you mean')).toHaveCount(0);
  await page.goto('/search?q=the%20of');
  await expect(summary(page, '“the of” has only words too common to search for.')).toBeVisible();
});

test('search text that looks like markup stays text', async ({ page }) => {
  await page.goto('/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(summary(page, '“<img src=x onerror=alert(1)>”')).toBeVisible();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
});

test('search code and index load on the search page only, and get ready there', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const isSearchCode = (path: string) =>
    path.startsWith('/data/search/') || /\/assets\/searchEngine-[^/]*\.js$/.test(path);

  // The header's search form is on every page; its code is a plain form.
  await page.goto(sampleStory);
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox', { name: 'Search stories' }).focus();
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isSearchCode)).toEqual([]);

  // On the search page, before any query, the code and the index's manifest arrive.
  await page.goto('/search');
  await expect
    .poll(() => requested.filter(isSearchCode).sort())
    .toEqual([expect.stringMatching(/^\/assets\/searchEngine-/), '/data/search/manifest.json']);
});

test('once the search page is ready, a first search waits for no code, only the index', async ({
  page,
}) => {
  await page.goto('/search');
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((r) => r.name.endsWith('/manifest.json')),
      ),
    )
    .toBe(true);
  await page.waitForLoadState('networkidle');

  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await box.fill('moscow');
  await box.press('Enter');
  await expect(summary(page, /of \d+ stories for “moscow”|1 story for “moscow”/)).toBeVisible();

  // On a phone each piece of code would cost a round trip before the index is even asked for.
  expect(requested.filter((path) => path.startsWith('/assets/'))).toEqual([]);
  expect(requested.some((path) => path.startsWith('/data/search/terms/'))).toBe(true);
});
