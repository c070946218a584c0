import { expect, sampleStory, sampleHeadline, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the story is readable in full', async ({ page }) => {
  await page.goto(sampleStory);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await expect(page.getByText('By Correspondent')).toBeVisible();
  await expect(page.getByText('November 7, 2012')).toBeVisible();
  await expect(page.getByText('Mikhail Metzel/AP')).toBeVisible();
  await expect(page.getByText(/^Many Russians appeared satisfied/)).toBeVisible();
  await expect(page.getByText(/^Chief among the accomplishments/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Doing Good' })).toBeVisible();
  // Links are plain links: the related story opens as a full page.
  await page
    .getByRole('link', { name: /Danny Bent took on a cross-country challenge/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Danny Bent/ })).toBeVisible();
});
