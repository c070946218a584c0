import { expect, test } from './fixtures';

// Lists are paginated so no page grows with the archive. The sample content fits on one page,
// so this checks the addresses and the 404s; the archive-scale build is covered by `npm run bench`.

test('page 1 of a list lives only at its plain address; bad page numbers are 404s', async ({
  page,
}) => {
  await page.goto('/world');
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  // The sample content fits on one page: no page navigation to show.
  await expect(page.getByRole('navigation', { name: 'More stories' })).toHaveCount(0);
  for (const url of [
    '/page/1',
    '/world/page/1',
    '/page/0',
    '/page/abc',
    '/world/page/007',
    '/world/page/99',
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
});
