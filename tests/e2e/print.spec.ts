import { expect, hydrated, sampleStory, sampleHeadline, test } from './fixtures';

test('printing a story keeps its text and drops the site around it', async ({ page }) => {
  await page.goto(sampleStory);
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect(page.locator('.story-header .byline')).toBeVisible();
  await expect(page.locator('.story-header time').first()).toBeVisible();
  const figure = page.locator('.lead-figure');
  await expect(figure.getByRole('img')).toBeVisible();
  await expect(figure.locator('figcaption')).toBeVisible();
  await expect(page.locator('.story-body > p').first()).toBeVisible();

  const hidden = {
    // CSS locators: what is not displayed has left the accessibility tree, so roles miss it.
    'section navigation': page.locator('.section-nav'),
    search: page.locator('.site-header .search-form'),
    'skip links': page.locator('.skip-links'),
    sidebar: page.locator('aside.sidebar'),
    'inline offer': page.locator('.inline-offer'),
    "inline offer's skip link": page.locator('.story-body .skip-link--inline'),
    'share tools': page.locator('.share-tools'),
    'save button': page.locator('.save-for-later'),
    'newsletter form': page.locator('.site-footer .newsletter'),
    'footer links': page.locator('.site-footer a'),
  };
  for (const [name, locator] of Object.entries(hidden)) {
    const count = await locator.count();
    expect(count, `${name} is on the page`).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      await expect(locator.nth(i), `${name} is not printed`).toBeHidden();
    }
  }

  // Black on white.
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const headline = getComputedStyle(document.querySelector('h1') ?? document.body);
    return { text: body.color, background: body.backgroundColor, headline: headline.color };
  });
  expect(colours).toEqual({
    text: 'rgb(0, 0, 0)',
    background: 'rgb(255, 255, 255)',
    headline: 'rgb(0, 0, 0)',
  });
});

test('the loading bar is never printed', async ({ page }) => {
  await page.goto(sampleStory);
  await page.emulateMedia({ media: 'print' });
  const display = await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.className = 'loading-bar';
    document.body.append(bar);
    const value = getComputedStyle(bar).display;
    bar.remove();
    return value;
  });
  expect(display).toBe('none');
});

for (const width of [390, 1280]) {
  test(`at ${String(width)} px, the header's controls are never printed, even when open`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(sampleStory);
    await hydrated(page);
    // Open whatever the header hides behind a button, as a reader about to print might have.
    for (const summary of await page.getByRole('banner').locator('summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    const theme = page.getByRole('combobox', { name: 'Theme' });
    const controls = [
      theme,
      page.getByRole('combobox', { name: 'Text size' }),
      page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' }),
      page.getByRole('banner').getByRole('link', { name: 'Subscribe' }),
    ];
    await expect(theme).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const control of controls) await expect(control).toBeHidden();
    for (const summary of await page.getByRole('banner').locator('summary').all()) {
      await expect(summary).toBeHidden();
    }
    // The masthead's name stays, so the page says whose story it is.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Broadsheet' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  });
}
