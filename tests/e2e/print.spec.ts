import { expect, sampleArticle, sampleHeadline, test } from './fixtures';

test('printing an article keeps the story and drops the site around it', async ({ page }) => {
  await page.goto(sampleArticle);
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect(page.locator('.article-header .byline')).toBeVisible();
  await expect(page.locator('.article-header time').first()).toBeVisible();
  const figure = page.locator('.lead-figure');
  await expect(figure.getByRole('img')).toBeVisible();
  await expect(figure.locator('figcaption')).toBeVisible();
  await expect(page.locator('.article-body > p').first()).toBeVisible();

  const hidden = {
    // CSS locators: what is not displayed has left the accessibility tree, so roles miss it.
    'section navigation': page.locator('.section-nav'),
    search: page.locator('.site-header .search-form'),
    'skip links': page.locator('.skip-links'),
    sidebar: page.locator('aside.sidebar'),
    'inline offer': page.locator('.inline-offer'),
    "inline offer's skip link": page.locator('.article-body .skip-link--inline'),
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
  await page.goto(sampleArticle);
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
