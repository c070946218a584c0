import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, sampleStory, sampleHeadline, test } from './fixtures';

const isFocused = (locator: Locator) =>
  locator.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(target)) break;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
}

/** The focused element is shown as such: :focus-visible, with an outline or a box shadow. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
      shadow: cs.boxShadow !== 'none',
      size: rect.width > 0 && rect.height > 0,
      description: `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`,
    };
  });
  expect(style, 'something has focus').not.toBeNull();
  if (!style) return;
  expect(style.focusVisible, `${style.description} matches :focus-visible`).toBe(true);
  expect(style.outline || style.shadow, `${style.description} shows its focus`).toBe(true);
  expect(style.size, `${style.description} is drawn`).toBe(true);
}

async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.width).toBeGreaterThan(1);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

for (const width of [1280, 375]) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('skip links show when focused and land on their targets', async ({ page }) => {
      const targets = [
        { name: 'Skip to content', landed: page.getByRole('main') },
        {
          name: 'Skip to site navigation',
          landed: page.getByRole('navigation', { name: 'Sections', exact: true }),
        },
        { name: 'Skip to search', landed: page.getByRole('searchbox', { name: 'Search stories' }) },
      ];
      for (const [i, { name, landed }] of targets.entries()) {
        await page.goto('/');
        await page.waitForLoadState('networkidle');
        for (let n = 0; n <= i; n += 1) await page.keyboard.press('Tab');
        const link = page.getByRole('link', { name });
        await expect(link).toBeFocused();
        await expect(link).toBeVisible();
        await expectVisibleFocus(page);
        await expectInViewport(page, link);
        await page.keyboard.press('Enter');
        await expect(landed).toBeFocused();
      }
    });
  });
}

test("a journey with the keyboard alone, front page to a story's sidebar", async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');

  // Skip links first; Skip to site navigation lands on the section navigation.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to site navigation' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const sections = page.getByRole('navigation', { name: 'Sections', exact: true });
  await expect(sections).toBeFocused();

  // Section navigation: Tab on to a section and open it.
  const world = sections.getByRole('link', { name: 'World' });
  await tabTo(page, world, 10);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/world\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Back up to the search form with Shift+Tab, search, and submit with Enter.
  const searchbox = page.getByRole('searchbox', { name: 'Search stories' });
  await tabTo(page, searchbox, 20, 'Shift+Tab');
  await page.keyboard.type('moscow');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=moscow/);
  await expect(page.getByRole('status').filter({ hasText: /stor(y|ies) for “/ })).toBeVisible({
    timeout: 15_000,
  });

  // A story link among the results.
  const story = page.locator('.search-results').getByRole('link', { name: sampleHeadline });
  await tabTo(page, story, 30);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${sampleStory}/?$`));
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeFocused();

  // The story's tools: Save with Space, Copy link with Enter.
  const save = page.getByRole('button', { name: 'Save for later' });
  await tabTo(page, save, 10);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
  const copy = page.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy, 5);
  await page.keyboard.press('Enter');
  // Copied, or (no clipboard permission here) the link is offered in a field to copy by hand.
  await expect(
    page.getByText('Link copied').or(page.getByRole('textbox', { name: 'Copy this link:' })),
  ).toBeVisible();

  // The inline offer's skip link lands on the paragraph after the offer.
  const skipOffer = page.getByRole('link', { name: 'Skip to next paragraph' }).first();
  await tabTo(page, skipOffer, 30);
  await expect(skipOffer).toBeVisible();
  const targetId = ((await skipOffer.getAttribute('href')) ?? '').replace(/^#/, '');
  expect(targetId).not.toBe('');
  await page.keyboard.press('Enter');
  const landed = page.locator(`[id="${targetId}"]`);
  await expect(landed).toBeFocused();
  expect(
    await landed.evaluate((el) => el.previousElementSibling?.classList.contains('inline-offer')),
  ).toBe(true);

  // The sidebar's links come next in order.
  const sidebar = page.getByRole('complementary', { name: 'More from Broadsheet' });
  await tabTo(page, sidebar.getByRole('link').first(), 30);
  await tabTo(page, sidebar.getByRole('link').last(), 30);
});

test('on through the footer to the newsletter field, and out of the page', async ({ page }) => {
  await page.goto(sampleStory);
  await page.waitForLoadState('networkidle');
  const sidebar = page.getByRole('complementary', { name: 'More from Broadsheet' });
  await sidebar.getByRole('link').last().focus();

  // The footer's newsletter field.
  const email = page.locator('.site-footer').getByRole('textbox', { name: 'Email address' });
  await tabTo(page, email, 40);
  await page.keyboard.type('reader@example.com');
  await expect(email).toHaveValue('reader@example.com');

  // No trap: Tab goes on past the end of the page (to the browser), never round a region.
  const seen = new Set<string>();
  let left = false;
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const inFooter = el.closest('.site-footer') !== null;
      return { key: `${el.tagName}|${el.id}|${el.textContent.slice(0, 30)}`, inFooter };
    });
    if (!where || !where.inFooter) {
      left = true;
      break;
    }
    expect(seen.has(where.key), `focus came back to ${where.key}: a cycle`).toBe(false);
    seen.add(where.key);
  }
  expect(left, 'Tab leaves the footer').toBe(true);
});

test('Back returns focus to the story link that was followed; a new page focuses its h1', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await hydrated(page);
  // A story far down the front page, reached with Tab.
  const stories = page.getByRole('main').getByRole('article');
  const far = stories.nth(6).getByRole('heading', { level: 2 }).getByRole('link');
  const headline = (await far.textContent()) ?? '';
  await page.getByRole('main').getByRole('heading', { level: 1 }).focus();
  await tabTo(page, far, 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(far).toBeFocused();
  await expectInViewport(page, far);
  // The next Tab goes on from there (to that story's Save button), not back to the top.
  await page.keyboard.press('Tab');
  await expect(stories.nth(6).getByRole('button', { name: /^Save for later/ })).toBeFocused();

  // Forward is a return too: that page had no link followed from it, so its h1 has focus.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeFocused();
});
