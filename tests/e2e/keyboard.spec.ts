import { expect, sampleStory, test } from './fixtures';

test('keyboard only: skip links come first and land on their targets', async ({ page }) => {
  await page.goto(sampleStory);
  await page.keyboard.press('Tab');
  const skipContent = page.getByRole('link', { name: 'Skip to content' });
  await expect(skipContent).toBeFocused();
  await expect(skipContent).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to site navigation' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to search' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeFocused();

  await page.reload();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to site navigation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeFocused();
  // The next Tab continues inside the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Front page' })).toBeFocused();
});

test('keyboard only: Skip to content, then over the inline offer to the next paragraph', async ({
  page,
}) => {
  await page.goto(sampleStory);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Tab on from the main content until the inline skip link has focus.
  const skipOffer = page.getByRole('link', { name: 'Skip to next paragraph' });
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await skipOffer.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(skipOffer).toBeFocused();
  await expect(skipOffer).toBeVisible();
  await page.keyboard.press('Enter');
  const next = page.getByText(
    'The controversial "reset" of relations introduced by President Obama',
  );
  await expect(next).toBeFocused();
  // Tab from there skips the offer's links and goes on to the sidebar.
  await page.keyboard.press('Tab');
  const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focusedName).not.toMatch(/Subscribe in print or digital|Special Offer/);
});
