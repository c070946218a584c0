import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, sampleStory, test } from './fixtures';

// How the pages are laid out for a reader at a glance, on a phone (390 px) and on a desktop
// (1280 px): a compact header, whole thumbnails, a footer in line with the page.

const storageKey = 'broadsheet:prefs';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box`);
  return found;
}

/** A disclosure button in the header (a <summary>: "Search", "Settings"). */
const headerButton = (page: Page, name: string) =>
  page.getByRole('banner').locator('summary').filter({ hasText: name });

async function useTextSize(page: Page, textSize: string) {
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [storageKey, JSON.stringify({ theme: 'auto', textSize })] as const,
  );
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { name, path } of [
    { name: 'the story', path: sampleStory },
    { name: 'the front page', path: '/' },
  ]) {
    test(`${name}: the header is compact and the headline starts in the first quarter`, async ({
      page,
    }) => {
      await page.goto(path);
      await hydrated(page);
      const header = await box(page.getByRole('banner'));
      expect(header.height, 'header height').toBeLessThanOrEqual(120);
      const headline = await box(page.getByRole('main').getByRole('heading', { level: 1 }));
      expect(headline.y, 'top of the first headline').toBeLessThan(200);
      // Everything in it is still there: the sections in one row, Subscribe, Search, Settings.
      const sections = page.getByRole('navigation', { name: 'Sections', exact: true });
      for (const link of ['Front page', 'World', 'USA', 'Doing Good', 'Saved']) {
        await expect(sections.getByRole('link', { name: link })).toBeVisible();
      }
      const rows = await sections
        .getByRole('link')
        .evaluateAll((links) => new Set(links.map((l) => l.getBoundingClientRect().top)).size);
      expect(rows, 'rows of section links').toBe(1);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Subscribe' })).toBeVisible();
      await expect(headerButton(page, 'Search')).toBeVisible();
      await expect(headerButton(page, 'Settings')).toBeVisible();
    });
  }

  test('with Larger text the header still leaves most of the screen to the story', async ({
    page,
  }) => {
    await useTextSize(page, 'larger');
    await page.goto(sampleStory);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    const header = await box(page.getByRole('banner'));
    // Under 30 % of the screen (it was 72 %), with every link still in view.
    expect(header.height, 'header height').toBeLessThanOrEqual(250);
  });

  test('theme and text size are two taps away: Settings, then the choice', async ({ page }) => {
    await page.goto(sampleStory);
    await hydrated(page);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toBeHidden();
    await headerButton(page, 'Settings').click();
    await expect(theme).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Text size' })).toBeVisible();
    await theme.selectOption('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('a text size chosen in Settings before the app has arrived is kept', async ({ page }) => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(sampleStory);
    await headerButton(page, 'Settings').click();
    await page.getByRole('combobox', { name: 'Text size' }).selectOption('Larger');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('larger');
  });

  test('search is one tap away and lands on the results', async ({ page }) => {
    await page.goto(sampleStory);
    await hydrated(page);
    const box = page.getByRole('searchbox', { name: 'Search stories' });
    await expect(box).toBeHidden();
    await headerButton(page, 'Search').click();
    await box.fill('moscow');
    await box.press('Enter');
    await expect(page).toHaveURL('/search?q=moscow');
    await expect(page.getByRole('status').filter({ hasText: /stor(y|ies) for “/ })).toBeVisible({
      timeout: 15_000,
    });
    // The panel closed with the page change: nothing covers the results.
    await expect(box).toBeHidden();
  });
});

for (const width of [390, 1280]) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('thumbnails keep their shape: whole pictures, not slivers', async ({ page }) => {
      await page.goto('/');
      await hydrated(page);
      const pictures = page.getByRole('main').getByRole('article').locator('picture img');
      const count = await pictures.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i += 1) {
        const picture = pictures.nth(i);
        await picture.scrollIntoViewIfNeeded();
        await expect(picture).toBeVisible();
        await expect
          .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
          .toBeGreaterThan(0);
        const shape = await picture.evaluate((img: HTMLImageElement) => {
          const { width: w, height: h } = img.getBoundingClientRect();
          return { shown: w / h, own: img.naturalWidth / img.naturalHeight, width: w };
        });
        expect(
          Math.abs(shape.shown - shape.own),
          `picture ${String(i)} drawn at its own shape`,
        ).toBeLessThan(0.05);
        expect(shape.width, `picture ${String(i)} is big enough to see`).toBeGreaterThanOrEqual(
          width < 600 ? 96 : 160,
        );
      }
    });

    test("the footer's double rule stays within the page's column", async ({ page }) => {
      await page.goto(sampleStory);
      const column = await page.locator('main').evaluate((main) => {
        const rect = main.getBoundingClientRect();
        const style = getComputedStyle(main);
        return {
          left: rect.left + parseFloat(style.paddingLeft),
          right: rect.right - parseFloat(style.paddingRight),
        };
      });
      const rule = await page.getByRole('contentinfo').evaluate((footer) => {
        const rect = footer.getBoundingClientRect();
        return {
          left: rect.left,
          right: rect.right,
          style: getComputedStyle(footer).borderTopStyle,
        };
      });
      expect(rule.style).toBe('double');
      expect(rule.left).toBeGreaterThanOrEqual(column.left - 0.5);
      expect(rule.right).toBeLessThanOrEqual(column.right + 0.5);
    });

    test('on the subscribe page the newsletter stands apart from the offer cards', async ({
      page,
    }) => {
      await page.goto('/subscribe');
      const lastCard = page.locator('.offer-card').last();
      const heading = page.getByRole('heading', {
        level: 2,
        name: 'Not ready to subscribe? Get the free weekly newsletter',
      });
      await expect(heading).toBeVisible();
      const gap = (await box(heading)).y - ((await box(lastCard)).y + (await box(lastCard)).height);
      expect(gap, 'space above the newsletter heading').toBeGreaterThanOrEqual(32);
    });
  });
}
