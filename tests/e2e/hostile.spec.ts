import { expectNoAxeViolations } from './axe';
import { expect, hydrated, test } from './fixtures';

// Hostile but valid content (tests/fixtures/hostile-stories), built into its own site
// (dist-hostile) and served by the "hostile" project: it renders as text and the layout holds.

const stories = [
  '/world/hostile-markup',
  '/world/hostile-long-word',
  '/world/hostile-right-to-left',
  '/world/hostile-emoji',
  '/world/hostile-very-long-headline',
  '/world/hostile-no-image-no-related',
  '/world',
  '/search?q=hostile',
];

for (const width of [320, 768, 1280]) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const url of stories) {
      test(`${url} renders safely and nothing overflows`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          wide: [...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
            .slice(0, 5),
        }));
        expect(overflow.page, `horizontal scroll; wide elements: ${overflow.wide.join(', ')}`).toBe(
          0,
        );
        expect(overflow.wide).toEqual([]);
        // Markup in content stayed text: nothing ran, nothing was injected.
        expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
        expect(await page.locator('main img[src="x"], main script:not([type])').count()).toBe(0);
      });
    }
  });
}

for (const url of stories) {
  test(`${url} has no axe violations`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await hydrated(page);
    await expectNoAxeViolations(page);
  });
}

test('markup-looking content is shown exactly as typed', async ({ page }) => {
  await page.goto('/world/hostile-markup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '<img src=x onerror="window.__pwned=1"> looks like markup <script>window.__pwned=2</script>',
  );
  await expect(
    page.getByText('<img src=x onerror="window.__pwned=3"> should show as typed.'),
  ).toBeVisible();
});

test('the prerendered JSON-LD carries a markup-looking headline as data', async ({ request }) => {
  const html = await (await request.get('/world/hostile-markup')).text();
  const found = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
  // No "<" inside: nothing in the text can close the element early.
  expect(found?.[1]).toBeDefined();
  expect(JSON.parse(found?.[1] ?? '')).toMatchObject({
    '@type': 'NewsArticle',
    headline:
      '<img src=x onerror="window.__pwned=1"> looks like markup <script>window.__pwned=2</script>',
  });
});

test('right-to-left text runs right to left', async ({ page }) => {
  await page.goto('/world/hostile-right-to-left');
  const headline = page.getByRole('heading', { level: 1 });
  expect(await headline.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

test('a story with no related stories still offers some from its section', async ({ page }) => {
  await page.goto('/world/hostile-no-image-no-related');
  await expect(page.getByRole('article').getByRole('figure')).toHaveCount(0);
  const related = page.getByRole('region', { name: 'Related stories' }).getByRole('link');
  expect(await related.count()).toBeGreaterThan(0);
});
