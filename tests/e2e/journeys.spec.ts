import {
  expect,
  isSameDocument,
  markDocument,
  relatedArticle,
  relatedHeadline,
  sampleArticle,
  sampleHeadline,
  test,
} from './fixtures';

test('front page → article → related story → Back → subscribe, without a reload', async ({
  page,
}) => {
  // Narrow enough that the sidebar follows the article, so reaching it means scrolling down.
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await markDocument(page);

  await page.getByRole('link', { name: sampleHeadline }).click();
  await expect(page).toHaveURL(sampleArticle);
  const headline = page.getByRole('heading', { level: 1, name: sampleHeadline });
  await expect(headline).toBeVisible();
  await expect(page).toHaveTitle(`${sampleHeadline} | Broadsheet`);
  // Screen-reader users learn that the page changed: focus on the new h1, title announced.
  await expect(headline).toBeFocused();
  await expect(page.locator('[aria-live="polite"]')).toHaveText(`${sampleHeadline} | Broadsheet`);

  // Read down the story, then follow a related story from the sidebar.
  const related = page
    .getByRole('complementary', { name: 'More from Broadsheet' })
    .getByRole('region', { name: 'Related stories' })
    .getByRole('link', { name: relatedHeadline });
  await related.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(1000);
  await related.click();
  await expect(page).toHaveURL(relatedArticle);
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeFocused();
  await expect(page).toHaveTitle(`${relatedHeadline} | Broadsheet`);
  // A new page starts at the top.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page).toHaveURL(sampleArticle);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  // Back restores where the reader was.
  await expect
    .poll(() => page.evaluate(() => window.scrollY))
    .toBeGreaterThanOrEqual(scrolledTo - 2);

  await page.getByRole('link', { name: 'Subscribe in print or digital' }).click();
  await expect(page).toHaveURL(/\/subscribe\?placement=inline&story=russia-not-obamas/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Subscribe in print or digital' }),
  ).toBeFocused();
  for (const offer of ['Digital', 'Print', 'Print + Digital']) {
    await expect(page.getByRole('heading', { level: 2, name: offer, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Subscribe to Digital' })).toHaveAttribute(
    'href',
    /^https:\/\/checkout\.broadsheet\.example\/digital\?/,
  );
  expect(await isSameDocument(page)).toBe(true);
});

test('a deep link to a related story shows the full story, hydrated', async ({ page }) => {
  await page.goto(relatedArticle);
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  await expect(page.getByText('Sample story', { exact: false }).first()).toBeVisible();
  await expect(
    page
      .getByRole('figure')
      .getByText('Danny Bent poses at the starting line of the Boston Marathon'),
  ).toBeVisible();
  // Hydrated: the next click is handled by the router, not a page load.
  await markDocument(page);
  await page.getByRole('link', { name: sampleHeadline }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);
});

test('a reload shows the same page, with or without a trailing slash', async ({ page }) => {
  await page.goto(`${sampleArticle}/`);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await page.goto('/usa');
  await expect(page.getByRole('heading', { level: 1, name: 'USA' })).toBeVisible();
});

test('an unknown URL answers 404 with the site navigation and a way home', async ({ page }) => {
  for (const url of ['/no-such-section', '/world/no-such-story', '/a/b/c']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
});

test('search from the header lands on results that link to the story', async ({ page }) => {
  await page.goto(sampleArticle);
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('moscow reset');
  await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
  await expect(page).toHaveURL('/search?q=moscow+reset');
  await expect(page.getByRole('link', { name: sampleHeadline })).toBeVisible();
  await page.goto('/search?q=zzqxv');
  await expect(page.getByRole('status').filter({ hasText: 'No stories match' })).toBeVisible();
});
