import { expect, hydrated, sampleStory, sampleHeadline, test } from './fixtures';

// A region whose data is malformed gives way to a note; the story's text always stays.
// React reports the error it caught with console.error, and only that is expected (in the
// production build it logs the error itself: a TypeError from reading the missing story).
test.use({ expectedConsole: [/^TypeError: Cannot read properties of null \(reading 'image'\)/] });

const slug = sampleStory.split('/').pop() ?? '';

test('a broken promo shows a note; the story, the other regions and the page keep working', async ({
  page,
}) => {
  // Prerendered pages carry their data in the HTML, so break the story on a client-side visit.
  await page.route(`**/data/story/${slug}.json`, async (route) => {
    const response = await route.fetch();
    const story = (await response.json()) as { promos: { story: unknown }[] };
    for (const promo of story.promos) promo.story = null;
    await route.fulfill({ response, json: story });
  });
  await page.goto('/world');
  await hydrated(page);
  await page.getByRole('link', { name: sampleHeadline }).first().click();

  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect(page.getByText(/^Many Russians appeared satisfied/)).toBeVisible();
  const sidebar = page.getByRole('complementary', { name: 'More from Broadsheet' });
  await expect(sidebar.getByText('Series promotions could not be shown.')).toBeVisible();
  await expect(sidebar.getByRole('heading', { name: 'Related stories' })).toBeVisible();
  await expect(sidebar.getByRole('heading', { name: 'Subscribe' })).toBeVisible();

  // Still a working page: saving and navigating on.
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Saved' })).toBeVisible();
  await sidebar
    .getByRole('heading', { name: 'Related stories' })
    .locator('..')
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(sampleHeadline);
  await expect(page.getByText(/could not be shown/)).toHaveCount(0);
});
