import type { Page } from '@playwright/test';
import { storageKey } from '../../src/features/preferences/preferences';
import { expectNoAxeViolations } from './axe';
import { expect, hydrated, relatedStory, sampleStory, sampleHeadline, test } from './fixtures';

// Every kind of page the site has, each with something on it that proves it has rendered.
const pages: {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
  /** False for the offline page: static, with no script to hydrate it. */
  hydrates?: false;
}[] = [
  {
    name: 'front page',
    path: '/',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'section',
    path: '/world',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'story',
    path: sampleStory,
    ready: (page) =>
      expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible(),
  },
  {
    name: 'related story',
    path: relatedStory,
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'search with results',
    path: '/search?q=moscow',
    ready: (page) =>
      expect(page.getByRole('status').filter({ hasText: /stor(y|ies) for “/ })).toBeVisible({
        timeout: 15_000,
      }),
  },
  {
    name: 'search without results',
    path: '/search?q=zzzzqqq',
    ready: (page) =>
      expect(page.getByRole('status').filter({ hasText: /No stories match/ })).toBeVisible({
        timeout: 15_000,
      }),
  },
  {
    name: 'search, no query',
    path: '/search',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'subscribe',
    path: '/subscribe',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    // Rendered by the sign-up service for a refused sign-up: the error and the address kept.
    name: 'newsletter, refused',
    path: '/newsletter?error=malformed&email=reader%40example',
    ready: (page) =>
      expect(page.getByRole('main').getByRole('textbox', { name: 'Email address' })).toHaveValue(
        'reader@example',
      ),
  },
  {
    name: 'newsletter unsubscribe',
    path: `/newsletter/unsubscribe?token=${'A'.repeat(43)}`,
    ready: (page) => expect(page.getByRole('button', { name: 'Unsubscribe' })).toBeVisible(),
  },
  {
    name: 'saved',
    path: '/saved',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'not found',
    path: '/nope',
    ready: (page) =>
      expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible(),
  },
  {
    name: 'offline',
    path: '/offline',
    ready: (page) =>
      expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible(),
    hydrates: false,
  },
];

// Light at two widths; dark as the system sets it; and dark as the reader chose it on a light
// system (stored, applied by public/prefs.js before first paint, then by the app).
const variants = [
  { width: 1280, colorScheme: 'light', readerTheme: undefined },
  { width: 375, colorScheme: 'light', readerTheme: undefined },
  { width: 1280, colorScheme: 'dark', readerTheme: undefined },
  { width: 1280, colorScheme: 'light', readerTheme: 'dark' },
] as const;

for (const { width, colorScheme, readerTheme } of variants) {
  const theme = readerTheme ? `${readerTheme} theme chosen by the reader` : `${colorScheme} theme`;
  test.describe(`axe at ${String(width)} px, ${theme}`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme });

    if (readerTheme) {
      test.beforeEach(async ({ page }) => {
        await page.addInitScript(
          ([key, value]) => {
            localStorage.setItem(key, value);
          },
          [storageKey, JSON.stringify({ theme: readerTheme, textSize: 'normal' })] as const,
        );
      });
    }

    for (const { name, path, ready, hydrates } of pages) {
      test(`${name} (${path}) has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        // Hydrated: the controls that work only with JavaScript are there to be checked too.
        if (hydrates !== false) await hydrated(page);
        if (readerTheme)
          await expect(page.locator('html')).toHaveAttribute('data-theme', readerTheme);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('the dark theme chosen with the preferences control has no axe violations', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(sampleStory);
  await hydrated(page);
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The page really turned dark, not only the attribute.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe(before);
  await expectNoAxeViolations(page);
});
