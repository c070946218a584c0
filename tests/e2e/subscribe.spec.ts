import { expect, sampleStory, sampleHeadline, test } from './fixtures';

const story = 'russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';

// Every way from a story to the subscribe page, and on to a checkout that knows where the
// reader came from.
const placements = [
  {
    placement: 'header',
    link: (page: import('@playwright/test').Page) =>
      page.getByRole('banner').getByRole('link', { name: 'Subscribe', exact: true }),
  },
  {
    placement: 'inline',
    link: (page: import('@playwright/test').Page) =>
      page.getByRole('link', { name: 'Subscribe in print or digital' }),
  },
  {
    placement: 'inline',
    link: (page: import('@playwright/test').Page) =>
      page.getByRole('link', { name: 'Special Offer' }),
  },
  {
    placement: 'sidebar',
    link: (page: import('@playwright/test').Page) =>
      page.getByRole('link', { name: 'See print and digital offers' }),
  },
  {
    placement: 'footer',
    link: (page: import('@playwright/test').Page) =>
      page.getByRole('contentinfo').getByRole('link', { name: 'Subscribe', exact: true }),
  },
];

for (const [i, { placement, link }] of placements.entries()) {
  test(`from the ${placement} link (${i + 1}) to a checkout carrying placement, story and plan`, async ({
    page,
  }) => {
    await page.goto(sampleStory);
    await link(page).click();
    await expect(page).toHaveURL(`/subscribe?placement=${placement}&story=${story}`);
    await expect(page.getByText('You were reading:')).toBeVisible();
    await expect(page.getByRole('link', { name: sampleHeadline })).toHaveAttribute(
      'href',
      sampleStory,
    );

    // The checkout is another site: answer for it here and look at what it was asked.
    await page.route('https://checkout.broadsheet.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Checkout</title><h1>Checkout</h1>' }),
    );
    await page.getByRole('link', { name: 'Subscribe to Print + Digital' }).click();
    await page.waitForURL(/checkout\.broadsheet\.example/);
    const checkout = new URL(page.url());
    expect(checkout.pathname).toBe('/print-digital');
    expect(Object.fromEntries(checkout.searchParams)).toEqual({
      utm_source: 'broadsheet',
      utm_medium: placement,
      utm_campaign: 'print-digital',
      utm_content: story,
    });
  });
}

test('a deep link with the story named shows where the reader came from', async ({ page }) => {
  await page.goto(`/subscribe?placement=inline&story=${story}`);
  await expect(page.getByRole('link', { name: sampleHeadline })).toBeVisible();
  await page.getByRole('link', { name: sampleHeadline }).click();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
});

test.describe('missing, unknown or hostile parameters', () => {
  // Asking for a story that does not exist answers 404, which the browser logs.
  test.use({ expectedConsole: [/status of 404/] });

  for (const query of [
    '',
    '?placement=nowhere&story=no-such-story',
    '?placement=%3Cscript%3Ealert(1)%3C/script%3E&story=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?story=../../etc/passwd&placement=',
  ]) {
    test(`missing, unknown or hostile parameters break nothing: "${query}"`, async ({ page }) => {
      await page.goto(`/subscribe${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Subscribe in print or digital',
      );
      await expect(page.getByRole('link', { name: 'Subscribe to Digital' })).toBeVisible();
      await expect(page.getByText('You were reading:')).toHaveCount(0);
      const href = await page
        .getByRole('link', { name: 'Subscribe to Digital' })
        .getAttribute('href');
      expect(Object.fromEntries(new URL(href ?? '').searchParams)).toEqual({
        utm_source: 'broadsheet',
        utm_campaign: 'digital',
      });
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    });
  }
});

test('an offer whose special has ended shows its regular price, without a hydration error', async ({
  page,
}) => {
  // The site was built before the special ends; the reader comes after it.
  await page.clock.setFixedTime(new Date('2031-01-15T12:00:00Z'));
  await page.goto('/subscribe');
  const digital = page.getByRole('article', { name: 'Digital', exact: true });
  await expect(digital.getByText('$6 a month')).toBeVisible();
  await expect(digital.getByText(/Special Offer/)).toHaveCount(0);
  await expect(digital.getByText(/Offer ends/)).toHaveCount(0);
});

test('while the special runs, its price and end date show', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2030-06-01T12:00:00Z'));
  await page.goto('/subscribe');
  const digital = page.getByRole('article', { name: 'Digital', exact: true });
  await expect(digital.getByText('Special Offer: first 3 months')).toBeVisible();
  await expect(digital.getByText('$1 a month')).toBeVisible();
  await expect(digital.getByText('then $6 a month')).toBeVisible();
  await expect(digital.getByText('Offer ends December 31, 2030')).toBeVisible();
});

test('offers sit side by side on wide screens and stack on narrow ones', async ({ page }) => {
  const boxes = async () =>
    Promise.all(
      ['Digital', 'Print', 'Print + Digital'].map(async (name) => {
        const box = await page.getByRole('article', { name, exact: true }).boundingBox();
        if (!box) throw new Error(`${name} is not on screen`);
        return box;
      }),
    );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/subscribe');
  const wide = await boxes();
  expect(new Set(wide.map((b) => Math.round(b.y))).size).toBe(1);
  await page.setViewportSize({ width: 375, height: 800 });
  const narrow = await boxes();
  const [a, b, c] = narrow;
  expect(a && b && c && a.y < b.y && b.y < c.y).toBe(true);
  expect(new Set(narrow.map((b) => Math.round(b.x))).size).toBe(1);
});
