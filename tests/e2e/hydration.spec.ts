import { hydratedAttribute } from '../../src/lib/hydration';
import { expect, hydrated, sampleStory, test } from './fixtures';

// The same prerendered HTML must hydrate cleanly for readers in any zone and language: the
// auto fixture fails the test on any hydration warning in the console.
for (const [timezoneId, locale] of [
  ['Pacific/Kiritimati', 'de-DE'],
  ['America/Los_Angeles', 'en-US'],
  ['Asia/Kolkata', 'ar-EG'],
] as const) {
  test.describe(`a reader in ${timezoneId} (${locale})`, () => {
    test.use({ timezoneId, locale });

    for (const url of [
      sampleStory,
      '/',
      '/world',
      '/subscribe',
      '/search?q=moscow',
      // Its code arrives after hydration begins (app/deferredPage.tsx): the HTML stays as it is.
      '/newsletter/thanks',
      '/missing',
    ]) {
      test(`${url} hydrates without warnings and shows the newsroom's dates`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Hydration has finished (any mismatch is logged by then, and fails the test).
        await hydrated(page);
        if (url === sampleStory) {
          await expect(page.locator('time[datetime="2012-11-07T12:00:00-05:00"]')).toHaveText(
            'November 7, 2012',
          );
        }
      });
    }
  });
}

test('the prerendered HTML is never marked hydrated: only React sets the mark', async ({
  request,
}) => {
  for (const url of [sampleStory, '/', '/search?q=moscow', '/missing']) {
    const html = await (await request.get(url)).text();
    expect(html).toContain('<html');
    expect(html).not.toContain(hydratedAttribute);
  }
});
