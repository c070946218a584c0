import type { Page } from '@playwright/test';
import { expect, hydrated, sampleStory, test } from './fixtures';

// Reader preferences: theme and text size, applied by the boot script (src/app/boot.ts) before the first paint.

interface FirstFrame {
  background: string;
  rootFontSize: string;
  theme: string | null;
  textSize: string | null;
}

declare global {
  interface Window {
    __firstFrame?: FirstFrame;
  }
}

const dark = 'rgb(18, 18, 18)';
const light = 'rgb(255, 255, 255)';
const storageKey = 'broadsheet:prefs';

test.beforeEach(async ({ page }) => {
  // The first animation frame comes just before the first paint (a render-blocking stylesheet
  // holds it back), so what it sees is what the reader first sees.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const root = document.documentElement;
      window.__firstFrame = {
        background: getComputedStyle(document.body).backgroundColor,
        rootFontSize: getComputedStyle(root).fontSize,
        theme: root.getAttribute('data-theme'),
        textSize: root.getAttribute('data-text-size'),
      };
    });
  });
});

async function firstFrame(page: Page): Promise<FirstFrame> {
  await expect.poll(() => page.evaluate(() => window.__firstFrame !== undefined)).toBe(true);
  const frame = await page.evaluate(() => window.__firstFrame);
  if (!frame) throw new Error('no first frame recorded');
  return frame;
}

const bodyBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const rootFontSize = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('and no stored choice, the page is dark from the first paint', async ({ page }) => {
    await page.goto(sampleStory);
    const frame = await firstFrame(page);
    expect(frame.background).toBe(dark);
    // Auto: the system decides, no attribute needed.
    expect(frame.theme).toBeNull();
    await hydrated(page);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
    expect(await bodyBackground(page)).toBe(dark);
  });

  test('choosing Light wins over the system, and survives a reload', async ({ page }) => {
    await page.goto(sampleStory);
    await hydrated(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Light');
    await expect.poll(() => bodyBackground(page)).toBe(light);

    await page.reload();
    const frame = await firstFrame(page);
    expect(frame).toMatchObject({ background: light, theme: 'light' });
  });
});

test.describe('with the system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('choosing Dark applies at once and, after a reload, from the first paint', async ({
    page,
  }) => {
    await page.goto(sampleStory);
    expect((await firstFrame(page)).background).toBe(light);
    await hydrated(page);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
    await expect.poll(() => bodyBackground(page)).toBe(dark);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.reload();
    const frame = await firstFrame(page);
    expect(frame).toMatchObject({ background: dark, theme: 'dark' });
    await hydrated(page);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });

  test('text size Larger makes the root 125% and survives a reload', async ({ page }) => {
    await page.goto(sampleStory);
    await hydrated(page);
    expect(await rootFontSize(page)).toBe('16px');

    await page.getByRole('combobox', { name: 'Text size' }).selectOption('Larger');
    await expect.poll(() => rootFontSize(page)).toBe('20px');

    await page.reload();
    const frame = await firstFrame(page);
    expect(frame).toMatchObject({ rootFontSize: '20px', textSize: 'larger' });
    await hydrated(page);
    await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('larger');

    await page.getByRole('combobox', { name: 'Text size' }).selectOption('Large');
    await expect.poll(() => rootFontSize(page)).toBe('18px');
  });

  for (const tampered of ['{oops', '"dark"', '{"theme":"<script>","textSize":42}']) {
    test(`tampered storage (${tampered}) never breaks the page`, async ({ page }) => {
      await page.goto(sampleStory);
      await page.evaluate(
        ([key, value]) => {
          localStorage.setItem(key, value);
        },
        [storageKey, tampered] as const,
      );
      await page.reload();

      const frame = await firstFrame(page);
      expect(frame).toMatchObject({ background: light, theme: null, textSize: null });
      await hydrated(page);
      await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
      await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('normal');

      // And a new choice replaces the damaged value.
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
      expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(
        JSON.stringify({ theme: 'dark', textSize: 'normal' }),
      );
    });
  }

  test('open tabs keep in step', async ({ page, context }) => {
    await page.goto(sampleStory);
    await hydrated(page);
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.getByRole('combobox', { name: 'Theme' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
    await page.getByRole('combobox', { name: 'Text size' }).selectOption('Large');

    await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(other.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(other.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    expect(await bodyBackground(other)).toBe(dark);
    await other.close();
  });

  test('the controls are reachable by keyboard after Subscribe', async ({ page }) => {
    await page.goto(sampleStory);
    await hydrated(page);
    await page.getByRole('banner').getByRole('link', { name: 'Subscribe' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Text size' })).toBeFocused();
  });
});
